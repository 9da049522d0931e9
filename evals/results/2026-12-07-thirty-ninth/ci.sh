set -x
rm -rf /tmp/s41/ci && mkdir -p /tmp/s41/ci && cd /tmp/s41/ci && git clone -q /work/main repo && ln -s /work/shared shared && cd repo && git log --oneline | head -1 && time .ci/run
echo "CI EXIT $?"
