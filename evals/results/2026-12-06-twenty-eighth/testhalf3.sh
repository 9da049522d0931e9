#!/bin/bash
CODE=/tmp/s30/code-base /tmp/s30/ev.sh th3-base "oftest"
CODE=/tmp/s30/code-review /tmp/s30/ev.sh th3-review "oftest"
CODE=/tmp/s30/code-review /tmp/s30/ev.sh rev "oftune shipped names sqtune ho3 ho3sh hoof hoof2 convof convsh dev para"
