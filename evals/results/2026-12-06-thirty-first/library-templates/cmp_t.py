import sys,re,collections
def load(f):
    d={}
    for l in open(f):
        m=re.match(r'^(OK |-- |XX )\s+(H|\.) (\S+) \| ([^|]+) \|',l)
        if m: d[(m.group(3),m.group(4).strip())]=m.group(1).strip()=='OK'
    return d
A,B=load(sys.argv[1]),load(sys.argv[2])
keys=[k for k in A if k in B]
c=collections.defaultdict(lambda:[0,0,0])
for k in keys:
    c[k[0]][0]+=A[k]; c[k[0]][1]+=B[k]; c[k[0]][2]+=1
for t,(a,b,n) in c.items(): print(f'{t:16s} {a:4d} -> {b:4d} of {n}')
if len(sys.argv)>3:
    for k in keys:
        if A[k]!=B[k] and k[0]==sys.argv[3]: print(('WORSE ' if A[k] else 'BETTER'),k)
