import os,sys,json,dataclasses
os.environ.setdefault('ASSISTANT_ENCODER','onnx')
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
out=[]
for files,corpus,index in [(['lib','lib2','lib3'],'/tmp/ofsted-lib','/tmp/s28/lib-index'),(['art','art2','art3'],'/work/main/corpus','/tmp/s28/shipped-index')]:
    a=Assistant(Settings(corpus_dir=Path(corpus), index_dir=Path(index)))
    for f in files:
        for row in json.load(open(f'/tmp/s30/probe-topic/{f}.json')):
            ans=a.ask(row['q'])
            note=[n for n in (ans.explanation.notes if ans.explanation else ()) if 'read the question as' in n]
            new={'abstained':ans.abstained,'cites':[{'source':c.source,'text':c.text} for c in ans.citations]}
            key=lambda d:(d['abstained'],[c['text'] for c in d['cites']])
            if key(new)!=key(row['on']):
                print('##',row['q'],'|',note[0][40:140] if note else 'as asked')
                for name,d in (('off',row['off']),('old-on',row['on']),('new',new)):
                    print(f"   {name}: {'ABST' if d['abstained'] else ''} {' || '.join(' '.join(c['text'].split())[:110] for c in d['cites'][:2])}")
