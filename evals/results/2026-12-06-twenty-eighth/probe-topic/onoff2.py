# /tmp/s30/onoff.py plus: the reworded question, answer text, top-2 citations; JSON dump.
import os,sys,json
os.environ.setdefault('ASSISTANT_ENCODER','onnx')
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
from assistant.answers.topic_questions import as_topic_question
import dataclasses
qs=[l.strip() for l in open(sys.argv[1]) if l.strip()]
res={}
for form in ['off','on']:
    s=Settings(corpus_dir=Path(sys.argv[2]), index_dir=Path(sys.argv[3]))
    s=dataclasses.replace(s, model_topic_form=form)
    a=Assistant(s)
    res[form]=[a.ask(q) for q in qs]
out=[]
for q,off,on in zip(qs,res['off'],res['on']):
    rw=as_topic_question(q)
    print('##',q); print('   model reads:', rw if rw!=q else '(as asked)')
    row={'q':q,'reworded':rw}
    for name,ans in (('off',off),('on',on)):
        c=ans.citations[0] if ans.citations else None
        print(f"   {name}: {'ABST' if ans.abstained else ''} {(c.source[7:30]+' '+' '.join(c.text.split())[:160]) if c else ''} {round(c.score,3) if c else ''}")
        row[name]={'abstained':ans.abstained,'text':ans.text,'cites':[{'source':x.source,'text':x.text,'score':x.score} for x in ans.citations]}
    row['changed']=(row['off']['abstained'],row['off']['text'])!=(row['on']['abstained'],row['on']['text'])
    print('   CHANGED' if row['changed'] else '   same')
    out.append(row)
json.dump(out,open(sys.argv[4],'w'),indent=1)
