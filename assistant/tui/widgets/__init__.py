"""The chat's widgets, one module each, named for its class."""
