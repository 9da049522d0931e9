import os, sys, dataclasses
from pathlib import Path
os.environ["ASSISTANT_ENCODER"] = "onnx"
sys.path.insert(0, "/work/main")
from assistant.core import Assistant
from assistant.settings import Settings
a = Assistant(Settings.from_env(corpus_dir=Path("/tmp/ofsted-lib"), index_dir=Path("/tmp/ofsted-index"))); a.prepare(build=False)
b = Assistant(dataclasses.replace(a.settings, model_date_prefilter="off")); b.prepare(build=False)
for doc, name in [("ofsted-kent-13-june-2017.pdf","Kent"),("ofsted-manchester-21-december-2017.pdf","Manchester"),("ofsted-rochdale-12-march-2018.pdf","Rochdale"),("ofsted-birmingham-25-november-2016.pdf","Birmingham"),("ofsted-sunderland-20-july-2015.pdf","Sunderland"),("ofsted-hillingdon-11-february-2014.pdf","Hillingdon"),("ofsted-medway-23-august-2013.pdf","Medway")]:
    for q in [f"When were inspectors in {name}?", "When did the inspection take place?"]:
        ra = a.ask(q, documents={doc}); rb = b.ask(q, documents={doc})
        print(name, '|', q, '\n   on :', ra.citations[0].text[:90] if ra.citations else 'ABST', '\n   off:', rb.citations[0].text[:90] if rb.citations else 'ABST')
