"""Which version each question's narrowed answer equals (the session's start or the first version),
beside the helper's verdicts of those two (judgements.tsv): python narrow_vs_verdicts.py"""
import csv
import json


def load(f):
    return {json.loads(line)["question"]: json.loads(line) for line in open(f)}


def key(r):
    return ("ABST",) if r["abstained"] else tuple(c["text"][:60] for c in r["citations"])


base, first, narrow = load("base.jsonl"), load("new.jsonl"), load("narrow.jsonl")
verdicts = {row[0]: row[1:4] for row in csv.reader(open("judgements.tsv"), delimiter="\t")}
counts = {}
for q in base:
    same = "start" if key(narrow[q]) == key(base[q]) else "first" if key(narrow[q]) == key(first[q]) else "other"
    if key(base[q]) != key(first[q]) or same == "other":
        b, f, direction = verdicts.get(q, ["?", "?", "?"])
        kept = direction if same == "first" else "same as start"
        counts[kept] = counts.get(kept, 0) + 1
        print(f"{same:6} | {q} | start: {b} | first version: {f} | narrowed: {kept}")
print(counts)
