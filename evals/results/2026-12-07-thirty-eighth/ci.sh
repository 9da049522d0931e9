set -x
rm -rf /tmp/s40/ci && mkdir -p /tmp/s40/ci && cd /tmp/s40/ci && git clone -q /work/main repo && ln -s /work/shared shared && cd repo && git log --oneline | head -1 && time .ci/run
echo "CI EXIT $?"
