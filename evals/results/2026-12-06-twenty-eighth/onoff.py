import os,sys,json
os.environ.setdefault('ASSISTANT_ENCODER','onnx')
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
import dataclasses
qs=[l.strip() for l in open(sys.argv[1]) if l.strip()]
res={}
for form in ['off','on']:
    s=Settings(corpus_dir=Path(sys.argv[2]), index_dir=Path(sys.argv[3]))
    s=dataclasses.replace(s, model_topic_form=form)
    a=Assistant(s) if not os.environ.get("INT8") else Assistant(s)
    res[form]=[a.ask(q) for q in qs]
for q,off,on in zip(qs,res['off'],res['on']):
    print('##',q)
    for name,ans in (('off',off),('on',on)):
        c=ans.citations[0] if ans.citations else None
        print(f"   {name}: {'ABST' if ans.abstained else ''} {(c.source[7:30]+' '+' '.join(c.text.split())[:140]) if c else ''} {c.score if c else ''}")
