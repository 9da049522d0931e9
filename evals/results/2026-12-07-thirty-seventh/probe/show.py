import json,sys
b=[json.loads(l) for l in open(sys.argv[1])]
n=[json.loads(l) for l in open(sys.argv[2])]
ch=[i for i in range(len(b)) if (b[i]['text'],b[i]['abstained'])!=(n[i]['text'],n[i]['abstained'])]
print(len(b),'changed',ch)
for i in ch:
    print('#',i,b[i]['q'])
    for tag,r in (('BASE',b[i]),('NEW',n[i])):
        print(' ',tag,'abst' if r['abstained'] else '', r['text'][:400].replace('\n',' '))
        for c in r['cites'][:3]: print('    -',c[0][7:40],'|',(c[1] or '')[:40],'|',c[2][:150])
