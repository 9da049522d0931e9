"""The chat's modal screens, one module each, named for its class."""
