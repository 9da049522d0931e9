"""The ``Assistant`` facade: the one object the CLI, the chat and the evaluation harness call."""

from __future__ import annotations

import dataclasses
import re
import threading
import time
import unicodedata
from typing import TYPE_CHECKING, Iterable

from assistant.domain import Answer, Passage
from assistant.safety import repair_text
from assistant.search import index_store as store
from assistant.settings import Settings

# A question's form: a question mark, or a question word or auxiliary first ("and" leads follow-ups).
_ASKS = re.compile(
    r"\?\s*$|^\W*(and|but|so|who|whom|whose|what|when|where|which|why|how|is|are|was|were|do|does|did|has|have|had|"
    r"can|could|will|would|should|may|might|must)\b",
    re.IGNORECASE,
)

# A follow-up pointing from the report the conversation is about to another of the same council's.
_OTHER_REPORT = re.compile(
    r"\b(?:the|its|their|that)\s+(?:(?P<newer>newer|newest|latest|more\s+recent|most\s+recent|current)|(?P<oldest>oldest|first|earliest)|"
    r"(?P<next>next|following|subsequent|later)|older|earlier|previous|prior)\s+(?:one|report|inspection|visit)\b"
    r"|\bthe\s+one\s+before(?:\s+(?:that|it|this|then))?\b|(?P<after>\bthe\s+one\s+after(?:\s+(?:that|it|this))?\b"
    r"|\b(?:a\s+few|\w+|\d+)\s+years?\s+later\b)",
    re.IGNORECASE,
)
# A report's "Inspection dates: …" line, whose year a report published the year after gives.
_DATES_LINE = re.compile(r"inspection dates?\s*:[^\n]*", re.IGNORECASE)
# A rating asked in shorthand: "Is Tower Hamlets good?", "Is Hackney rated good?", "Kirklees
# overall", "Merton's overall grade?", "Bury rating".
_RATING_SHORTHAND = re.compile(
    r"^\W*(?:(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere)\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|upon|on))*)\s+(?:rated\s+|judged\s+)?"
    r"(?:any\s+good|good|outstanding|inadequate|ok|okay|decent)"
    r"|(?P<name2>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|upon|on))*)\s+(?:overall(?:\s+(?:rating|grade|judgement|effectiveness))?|rating|grade))"
    r"\W*$"
)
# "the 2018 report", "the 2018 Leeds report", "the 2015 one": a year picking a report; not a
# report measured from ("after the 2018 inspection", "since the 2015 report") or a
# monitoring visit a later report tells of ("after the summer 2018 visit").
_YEAR_REPORT = re.compile(
    r"(?<!after )(?<!since )(?<!before )(?<!following )(?<!than )\b(?i:the|its|their)\s+((?:19|20)\d\d)\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?i:ofsted\s+)?(?i:report|inspection|one)\b"
)
# The capitalised words a question opens with, and the connectors inside a name ("Isle of Wight").
_LEADING_WORDS = re.compile(r"\W*((?:[A-Z][\w’'-]*|of|on|upon|and)(?:\s+(?:[A-Z][\w’'-]*|of|on|upon|and))*)")

if TYPE_CHECKING:  # the heavy modules (numpy, faiss, onnxruntime) load on first use, not at import:
    from assistant.answers.conversation import Conversation
    from assistant.answers.sections import SectionQuote
    from assistant.search.embedding import Embedder  # the chat paints before any of them is needed
    from assistant.search.indexing import BuildReport, LogFn, ProgressFn
    from assistant.search.retrieval import LoadedIndex, Retriever


class AssistantError(Exception):
    """A problem a user can act on; the message is one line."""


class IndexWriteError(AssistantError):
    """A build could not write its generation (a full disk, a read-only folder); nothing was replaced."""


class Assistant:
    def __init__(self, settings: Settings | None = None, embedder: Embedder | None = None):
        from assistant.search.encoders import make_embedder

        self.settings = settings or Settings.from_env()
        self.embedder = embedder or make_embedder(self.settings)
        self._index: LoadedIndex | None = None
        self._retriever: Retriever | None = None
        self._answerer_instance = None
        self._model_answerer_instance = None
        self._verified_generation = None  # checked by status(): loading need not hash it again
        self.stale_status: store.IndexStatus | None = None  # set by prepare(build=False) on a stale index
        self._lock = threading.RLock()

    @property
    def _answerer(self):
        if self._answerer_instance is None:
            from assistant.answers.answering import Answerer

            self._answerer_instance = Answerer(
                self.embedder,
                threshold=self.settings.abstain_threshold,
                max_sentences=self.settings.answer_sentences,
                margin=self.settings.answer_margin,
            )
        return self._answerer_instance

    @property
    def _model_answerer(self):
        if self._model_answerer_instance is None:
            from assistant.answers.model import MODEL_DIR, AnswerModel
            from assistant.answers.model_answering import ModelAnswerer

            self._model_answerer_instance = ModelAnswerer(
                AnswerModel(self.settings.answer_model_dir or MODEL_DIR, batch_size=self.settings.model_batch),
                threshold=self.settings.model_threshold,
                max_sentences=self.settings.answer_sentences,
                candidates=self.settings.model_candidates,
                rerank=self.settings.rerank == "on",
                lexical_weight=self.settings.model_lexical_weight,
                settle=self.settings.model_settle,
                named_weight=self.settings.model_named_weight,
                judgement_weight=self.settings.model_judgement_weight,
                area_match=self.settings.model_area_match == "on",
                recommendation_weight=self.settings.model_recommendation_weight,
                lead_inspector_weight=self.settings.model_lead_inspector_weight,
                kind_weight=self.settings.model_kind_weight,
                off_topic_weight=self.settings.model_off_topic_weight,
                plain_words_weight=self.settings.model_plain_words_weight,
                name_weight=self.settings.model_name_weight,
                runner_up=self.settings.model_runner_up,
                read_every_passage=self.settings.rerank_read_every_passage == "on",
                near_weight=self.settings.follow_up_near_weight,
                leaning_weight=self.settings.follow_up_leaning_weight,
                response_weight=self.settings.follow_up_response_weight,
                cause_weight=self.settings.model_cause_weight,
                meaning_weight=self.settings.prefilter_meaning_weight,
                topic_form=self.settings.model_topic_form == "on",
                report_present=self.settings.model_report_present,
            )
        return self._model_answerer_instance

    def load_answer_model(self) -> None:
        """Load (and checksum) the answer model now, so the first question does not wait for it."""
        from assistant.answers.model import AnswerModelError

        if self.settings.answerer != "model":
            return
        try:
            self._model_answerer.model.load()
        except AnswerModelError as exc:
            raise AssistantError(f"{exc}; ASSISTANT_ANSWERER=scorer answers without it") from None

    # ------------------------------------------------------------ index lifecycle

    def status(self) -> store.IndexStatus:
        from assistant.search.indexing import CorpusError, check_index

        try:
            return check_index(self.settings, self.embedder)
        except CorpusError as exc:
            raise AssistantError(str(exc)) from None

    def build(self, *, log: LogFn = lambda m: None, progress: ProgressFn | None = None, wait: bool = True) -> BuildReport:
        from assistant.search.indexing import CorpusError, build_index

        try:
            report = build_index(self.settings, self.embedder, log=log, progress=progress, wait_for_lock=wait)
        except store.IndexNotWritable as exc:
            raise IndexWriteError(f"{exc}; {self._unchanged()}") from None
        except (CorpusError, store.IndexError_) as exc:
            raise AssistantError(str(exc)) from None
        except OSError as exc:  # ENOSPC, EDQUOT, EIO while writing: the build was abandoned whole
            raise IndexWriteError(
                f"could not write the index in {self.settings.index_dir} ({exc.strerror or exc}); {self._unchanged()}"
            ) from None
        with self._lock:
            self._index = None
            self._retriever = None
        return report

    def _unchanged(self) -> str:
        if store.current_generation_or_none(self.settings.index_dir) is None:
            return "no index was written"
        return "the previous index is unchanged"

    def prepare(
        self,
        *,
        build: bool = True,
        log: LogFn = lambda m: None,
        progress: ProgressFn | None = None,
    ) -> BuildReport | None:
        """Make the index current (or report why it is not), load it, and warm the model."""
        status = self.status()
        self._verified_generation = status.generation
        report = None
        self.stale_status = None
        if not status.usable:
            if not build and status.state == "stale":
                # A merely stale index still answers (what it holds is checked, just not current).
                self.stale_status = status
                log(f"warning: {status.describe()}; answering from the index as it is (run `assistant index` to refresh)")
            elif not build:
                described = status.describe()
                advice = "" if "assistant index" in described else f" ({self.settings.index_dir}); run `assistant index`"
                raise AssistantError(described + advice)
            else:
                log(f"{status.describe()}; building")
                try:
                    report = self.build(log=log, progress=progress)
                except IndexWriteError as exc:
                    if status.state != "stale":  # nothing usable to fall back on
                        raise
                    self.stale_status = status  # answers say they came from a stale index
                    log(f"{exc}; answering from the previous index")
        index = self.load_index()
        load = getattr(self.embedder, "load", None)
        if load:
            load()
        self.load_answer_model()
        if self.settings.answerer == "model":
            len(index.furniture)  # found now, not on the first question (0.6 s for a 120-report library)
        return report

    def load_index(self) -> LoadedIndex:
        with self._lock:
            if self._index is None:
                from assistant.search.retrieval import Retriever

                self._index = self._load_published_index()
                self._retriever = Retriever(
                    self._index,
                    self.settings.candidates,
                    self.settings.rrf_k,
                    self.settings.ivf_probe_share,
                    routing=self.settings.routing == "on",
                    ignore_naming=self.settings.naming_words == "on",
                )
            return self._index

    def _load_published_index(self, attempts: int = 3) -> LoadedIndex:
        """Load the generation ``CURRENT`` names; if a build swapped it mid-load, load the new one."""
        from assistant.search.retrieval import LoadedIndex

        for attempt in range(attempts):
            before = store.current_generation_or_none(self.settings.index_dir)
            try:
                return LoadedIndex.load(self.settings.index_dir, verify=before != self._verified_generation)
            except store.IndexError_ as exc:
                after = store.current_generation_or_none(self.settings.index_dir)
                if after is not None and after != before and attempt + 1 < attempts:
                    continue  # a concurrent build published a new generation while we read
                raise AssistantError(str(exc)) from None
        raise AssertionError("unreachable")

    def reload_if_rebuilt(self) -> bool:
        """Pick up a generation another process published; the old one stays usable until then."""
        with self._lock:
            current = store.current_generation_or_none(self.settings.index_dir)
            if self._index is not None and current is not None and current != self._index.generation:
                self._index = None
                self.load_index()
                return True
            return False

    # ------------------------------------------------------------ questions

    def _expand(self, question: str):
        """The question with the acronyms the documents define beside their other forms (unchanged when off)."""
        from assistant.search.acronyms import Expansion

        if self.settings.acronyms != "on":
            return Expansion(question, (), question)
        return self.load_index().acronyms.expand(question)

    def _reworded(self, question: str):
        """``question`` with the reports' terms beside its plain phrasings (none when ``plain_words`` is off)."""
        from assistant.search.plain_words import PlainWords, with_report_terms

        return PlainWords(question, ()) if self.settings.plain_words == "off" else with_report_terms(question)

    def _searched(self, question: str, reworded=None) -> str:
        """What retrieval searches: the question with the reports' terms beside its plain phrasings
        (``plain_words`` on for retrieval) and the acronyms beside their other forms."""
        reworded = reworded or self._reworded(question)
        use = reworded.added and self.settings.plain_words in ("on", "retrieval")
        return self._expand(reworded.question if use else question).question

    def _report_phrases(self, typed_reworded) -> tuple[tuple[str, ...], ...]:
        """The reports' terms for the plain words of the question as typed (``typed_reworded``),
        one group a phrasing, each long form with the acronym the documents define for it ("local
        safeguarding children board", "LSCB"). Not a follow-up's context: "What about teenagers
        kept overnight in police cells?" after a question on homelessness is not about housing."""
        phrasings = typed_reworded.phrases
        if self.settings.acronyms != "on" or not phrasings:
            return phrasings
        acronyms = self.load_index().acronyms
        return tuple(group + tuple(short for p in group if (short := acronyms.short_form(p)) and short not in group) for group in phrasings)

    def _looked_for(self, reworded) -> str:
        """What the pre-filter also looks for (``plain_words`` on for it): the reports' terms, with the
        acronyms the documents define for them ("local safeguarding children board" and "LSCB")."""
        if not reworded.added or self.settings.plain_words not in ("on", "prefilter"):
            return ""
        return self._expand(" ".join(terms for _, terms in reworded.added)).question

    def documents(self) -> list[store.DocumentRecord]:
        return list(self.load_index().documents.values())

    def document_text(self, doc_id: str) -> str | None:
        record = self.load_index().documents.get(doc_id)
        return record.text if record else None

    def document_id(self, name: str) -> str | None:
        """The document a person names: its id, or the name as lists show it (control characters
        left out, bytes that are not UTF-8 as U+FFFD, whitespace as single spaces) when that
        names one document only."""
        from assistant.safety import one_line

        documents = self.load_index().documents
        for candidate in (name, repair_text(name)):
            if candidate in documents:
                return candidate
        shown = one_line(repair_text(name))
        matches = [doc_id for doc_id in documents if one_line(doc_id) == shown]
        if not matches:
            # "Zürich café.txt" typed (composed) for a name stored decomposed, as macOS writes names.
            composed = unicodedata.normalize("NFC", shown)
            matches = [doc_id for doc_id in documents if unicodedata.normalize("NFC", one_line(doc_id)) == composed]
        return matches[0] if len(matches) == 1 else None

    def _check_documents(self, documents: Iterable[str] | None) -> set[str] | None:
        if not documents:
            return None
        found = {name: self.document_id(name) for name in documents}
        unknown = [name for name, doc_id in found.items() if doc_id is None]
        if unknown:
            failed = self.load_index().manifest.get("failed", {})
            # A file the build could not read is in the corpus but not in the index: say why.
            said = [f"{name} (not indexed: {failed[name]['reason']})" if name in failed else (name or '""') for name in sorted(unknown)]
            raise AssistantError(f"unknown document(s): {', '.join(said)}")
        return set(found.values())

    def _picked_from_before(self, typed: str, conversation: Conversation | None, index: LoadedIndex) -> SectionQuote | None:
        """The judgement rows a follow-up picks from the table the answer before quoted ("Which
        part wasn't good?"), when that answer quoted two or more judgement rows, all of one document."""
        from assistant.answers.conversation import picks_from_before, position_picked
        from assistant.answers.sections import MIN_LIST_ITEMS, pick_item, pick_rows

        if conversation is None:
            return None
        position = position_picked(typed)
        if position is not None:
            # "What about number 3?" after a list of recommendations: its third item, as quoted; the
            # list of a turn or two before when the last answer picked from it ("the second one").
            for turn in reversed(conversation.turns[-5:]):
                sources = {source for source, _, _ in turn.quoted}
                document = index.documents.get(next(iter(sources))) if len(sources) == 1 else None
                if document is not None and len(turn.quoted) >= MIN_LIST_ITEMS:
                    return pick_item(position, document.id, [(start, end) for _, start, end in turn.quoted])
            return None
        if not picks_from_before(typed):
            return None
        # The turn before, unless its rows were picked from the table the turn before it quoted
        # ("And which came out best?" after "Which area came out worst?": the table, not the worst
        # rows); and that table too when the turn before gives nothing to pick.
        turns = list(reversed(conversation.turns[-2:]))
        if len(turns) == 2 and set(turns[0].quoted) <= set(turns[1].quoted):
            turns = turns[1:]
        for turn in turns:
            sources = {source for source, _, _ in turn.quoted}
            document = index.documents.get(next(iter(sources))) if len(sources) == 1 else None
            if document is None:
                continue
            picked = pick_rows(typed, document.id, [(start, end, document.text[start:end]) for _, start, end in turn.quoted])
            if picked is not None:
                return picked
        return None

    def retrieve(
        self, question: str, *, top_k: int | None = None, mode: str | None = None, documents: Iterable[str] | None = None
    ) -> tuple[list[Passage], object]:
        from assistant.answers.answering import clean_question

        self.load_index()
        cleaned = self._searched(clean_question(question))  # searched as ask() searches
        mode = mode or self.settings.retrieval_mode
        vector = self.embedder.embed([cleaned])[0] if mode != "keyword" else None
        passages = self._retriever.search(cleaned, vector, top_k or self.settings.top_k, mode, self._check_documents(documents))
        return passages, vector

    def ask(
        self,
        question: str,
        *,
        top_k: int | None = None,
        mode: str | None = None,
        documents: Iterable[str] | None = None,
        answerer: str | None = None,
        rerank: bool | None = None,
        conversation: Conversation | None = None,
    ) -> Answer:
        """Answer one question from the index, every citation verified against its source.

        ``answerer`` ("model" or "scorer") and ``rerank`` override the settings for this question
        (the evaluation harness compares them side by side). With a ``conversation``, a
        follow-up is read in the context of the turns before it, and the turn is recorded.
        """
        from assistant.answers.answering import clean_question, verify_citations
        from assistant.answers.comparison import asks_to_compare
        from assistant.answers.conversation import Reading, asks_for_a_cause, asks_for_more, asks_its_own_question, picks_from_before, position_picked, years_asked
        from assistant.answers.sections import JUDGEMENTS, RECOMMENDATIONS, counted_section, grades_too, section_kind
        from assistant.search.names import absent, corrected, key_name

        question = repair_text(question)  # bytes that were not UTF-8 (surrogate escapes) become U+FFFD
        typed = clean_question(question)  # the question as the person put it
        if not typed:
            raise AssistantError("the question is empty")
        # Asked as it is meant: a council's name as its heading writes it ("how was north lincolnshire
        # rated", "When was middlesborough last inspected?"), a rating asked in shorthand ("Is Tower
        # Hamlets good?", "Kirklees overall"); shown as read_as unless only the case changed.
        written, slips = self._council_names_written(typed)
        rated = self._as_rating_question(written)
        if rated != typed:
            answer = self.ask(rated, top_k=top_k, mode=mode, documents=documents, answerer=answerer, rerank=rerank, conversation=conversation)
            shown = rated if slips or rated != written else None
            return dataclasses.replace(answer, question=question, read_as=answer.read_as or shown)
        reading = conversation.read(typed) if conversation is not None else None
        cleaned = clean_question(reading.read_as) if reading is not None else typed
        answerer = answerer or self.settings.answerer
        top_k = top_k or self.settings.top_k
        started = time.perf_counter()
        index = self.load_index()
        within = self._check_documents(documents)  # a wrong name is an error, whatever the question
        swapped = self._asked_of_another(typed, reading, conversation, within) if reading is not None and reading.follow_up else None
        if swapped is not None:  # "What about Wigan?": the turn before's question, of Wigan's reports
            reading, within = swapped
            cleaned = clean_question(reading.read_as)
        elif reading is not None and reading.follow_up and (lacking := self._council_lacks_year_asked(typed, within)):
            return self._no_report_of_year(question, *lacking, answerer, started)
        # "Summarise the articles" holds no word of the texts, yet asks for something they have; a
        # follow-up ("And in 2024?" after "What grades did Havering get?") asks what its turn asked,
        # unless it asks a question of its own ("And how do they handle gangs?") or picks one item
        # of the list ("Which part wasn't good?").
        section = None
        section_question = None  # the question a section is found for, where not the one typed
        if self.settings.section_answers == "on":
            inherits = (
                reading is not None
                and reading.follow_up
                and not asks_its_own_question(typed)
                and not picks_from_before(typed)
                and position_picked(typed) is None
                and not asks_for_a_cause(typed)  # "Why was it inadequate?": the reasons, not the table again
                and not asks_for_more(typed)  # "Anything else?" after the list: not the list again
            )
            # A follow-up asks again the section its turn before asked for ("And in 2024?" after
            # "What grades did Havering get?"), not one a turn further back did: "And Leeds?" after
            # "Summarise the Cumberland report" / "What did they say about domestic abuse?" asks
            # about domestic abuse, though the text it is read with opens "Summarise".
            section = section_kind(typed) or (conversation.turns[-1].section if inherits else None)
        # A question of its own, naming its own report, asked in a conversation ("What grades did
        # Barnsley get, who was the lead inspector and when was it inspected?" after the same of
        # Kent): its "it" is its own report's inspection, and it is answered as asked alone.
        complete = (
            reading is not None
            and reading.follow_up
            and swapped is None
            and asks_its_own_question(typed)
            and bool(index.router.named(typed, within))
        )
        if self.settings.section_answers == "on" and (not (reading is not None and reading.follow_up) or complete) and swapped is None:
            # "What grades did Halton get and who is the lead inspector?": a part at a time, when one
            # is answered with its whole section (the other part was dropped).
            options = {"top_k": top_k, "mode": mode, "documents": documents, "answerer": answerer, "rerank": rerank}
            own = Reading(typed, typed, False) if complete else reading
            parted = self._asked_in_parts(question, typed, own, conversation, options)
            if parted is not None:
                return parted
        if self.settings.section_answers == "on" and swapped is not None and reading.standalone:
            # "And for Bristol?" after a question in parts ("What grades did Leeds get, who was the
            # lead inspector and when was it inspected?"): that question of Bristol, in its parts;
            # asked whole, only the grades came back.
            options = {"top_k": top_k, "mode": mode, "documents": sorted(within), "answerer": answerer, "rerank": rerank}
            parted = self._asked_in_parts(question, reading.read_as, reading, conversation, options)
            if parted is not None:
                return dataclasses.replace(parted, read_as=reading.read_as)
        # "Which part wasn't good?" after a judgement table: its rows that fell short, picked by grade.
        picked = self._picked_from_before(typed, conversation, index) if section is None and reading is not None and reading.follow_up else None
        nothing_to_seek = self._nothing_to_seek(typed, follow_up=reading is not None and reading.follow_up)
        if nothing_to_seek and section is None and picked is None:
            return self._not_sought(question, nothing_to_seek, answerer, started)
        names, asked, corrections, named_by_typed = self._asked_names(typed, within)
        missing = absent(names, names_documents=bool(named_by_typed))
        if missing and not nothing_to_seek:
            why, text = _not_mentioned(missing)
            return self._not_sought(question, why, answerer, started, text=text)
        without_report = self._councils_without_report(typed, index, reading is not None and reading.follow_up)
        if without_report and not nothing_to_seek:
            from assistant.domain import NOT_FOUND_TEXT

            listed = " or ".join(without_report)
            text = f"{NOT_FOUND_TEXT} " + " ".join(f"No report in the library is about {name}." for name in without_report)
            return self._not_sought(question, f"no report in the library is about {listed}", answerer, started, text=text)
        if not (reading is not None and reading.follow_up) and (missing_year := self._report_year_missing(typed, within, index)):
            # "How was Nottinghamshire rated in 2016?" of a library holding its 2015 report: that
            # report's adoption sub-grade was quoted as 2016's rating.
            year, council, held = missing_year
            return self._no_report_of_year(question, year, council, held, answerer, started)
        cleaned = corrected(cleaned, corrections)  # "Barnsly's" searched as "Barnsley's"
        # "Compare that with Kent" after Bristol's recommendations: both councils' recommendations,
        # a line each, not Kent's alone (the section it inherits is each one's own question).
        compares_section = section is not None and section_kind(typed) is None and asks_to_compare(typed, which_is_better=True)
        if (section is None or compares_section) and self.settings.compare_answers == "on":
            compared = self._comparison(asked, cleaned, reading, conversation, within, index)
            if compared is not None:  # "How do Leeds and Bristol compare …?": each from its own reports
                options = {"top_k": top_k, "mode": mode, "answerer": answerer, "rerank": rerank}
                return self._compared(question, *compared, reading, conversation, options)
        if section is None and (within is None or swapped is not None) and self.settings.newest_first != "off":
            # "When was Sunderland last inspected?", or "And Oldham?" after one: its newest report.
            always = self.settings.newest_first == "always"
            latest = index.router.newest_asked(asked if swapped is None else cleaned, index.names.written_capitalised, within, always)
            if latest is not None:
                options = {"top_k": top_k, "mode": mode, "answerer": answerer, "rerank": rerank}
                answer = self._asked_of_newest(question, latest, reading, conversation, options)
                if answer is not None:
                    return answer
        if reading is not None and not reading.follow_up and not named_by_typed and within is None:
            # "What did the earlier report say about care leavers?" asks a question of its own, of
            # the other report of the conversation's council.
            if pointed := self._other_report_pointed(typed, reading, conversation, index):
                within, reading = pointed
                cleaned = clean_question(reading.read_as)
        if reading is not None and reading.follow_up:
            # "What about Wigan?" after a question about Leeds: the context says what is asked, the
            # follow-up whose reports; read with both councils, Leeds's passages won.
            if named_by_typed and named_by_typed != index.router.named(cleaned, within):
                within = named_by_typed
            elif not named_by_typed and within is None and (pointed := self._other_report_pointed(typed, reading, conversation, index)):
                # "And in the newer report?", "What did the one before say?": the council's other report.
                within, reading = pointed
                cleaned = clean_question(reading.read_as)
                if reading.standalone and self.settings.section_answers == "on":
                    # "What about the earlier inspection?" after the grades: that report's table, whole
                    # ("earlier inspection" narrows nothing).
                    section = section or conversation.turns[-1].section
                    section_question = reading.read_as
            elif (
                not named_by_typed
                and within is None
                and reading.prefer_documents
                and len(years := years_asked(typed)) == 1
                and (siblings := index.router.sibling_reports(reading.prefer_documents))
                and next(iter(years)) not in {index.router.year_of(d) for d in siblings}
            ):
                # "And in 2019?" after "What grades did Bristol get?", of a library holding Bristol's
                # 2023 report alone: read as any question naming 2019, it quoted four other
                # councils' 2019 grades, in lines that name no council.
                held = ", ".join(sorted(siblings, key=index.router.year_of))
                return self._no_report_of_year(question, next(iter(years)), None, held, answerer, started)
            elif (
                not named_by_typed
                and within is None
                and reading.prefer_documents
                and len(years := years_asked(typed)) == 1
                and (dated := index.router.report_of_year(reading.prefer_documents, years.pop())) is not None
            ):
                # "And in 2022?" after a question on Leeds's 2015 report: Leeds's 2022 report. The
                # context names both years, and the older report's row was quoted first.
                within = {dated}
                before = conversation.turns[-1].reading.read_as if conversation is not None and conversation.turns else ""
                year, years_before = index.router.year_of(dated), years_asked(before)
                # (Only a follow-up that says nothing but the year, "And in 2021?", "What about the 2021
                # report?"; not "And by June 2015?" within the report the turn before asked about.)
                if year and _says_only_a_year(typed, year) and len(years_before) <= 1 and years_before != {year}:
                    # ... and read as the turn before's question of that year: "What did Ofsted say about
                    # Sunderland's care leavers in 2015? And in 2021?" quoted the 2021 report's "In 2015,
                    # Children's services in Sunderland were judged … inadequate", and of 2025 abstained.
                    # One naming no year is asked as it was: "And in the 2015 report?" after "What did
                    # they say about children missing from home in Sunderland?" quoted the 2015
                    # report's "Inspection date: …" line, the year in the question.
                    swapped = _with_year(before, year)
                    reading = dataclasses.replace(reading, read_as=swapped, standalone=True, after=())
                    cleaned = clean_question(swapped)
                    if self.settings.section_answers == "on":
                        # ... in its parts, when it had them: "And in 2019?" after "What grades did
                        # Wokingham get in 2016, who was the lead inspector and when was it
                        # inspected?" gave the 2019 grades alone.
                        options = {"top_k": top_k, "mode": mode, "documents": [dated], "answerer": answerer, "rerank": rerank}
                        parted = self._asked_in_parts(question, swapped, reading, conversation, options)
                        if parted is not None:
                            return dataclasses.replace(parted, read_as=swapped)
                    if section is None and self.settings.section_answers == "on":
                        # ... and asks for the section it asked for: "What were they in 2019?" after
                        # "What grades did Trafford get in 2023?" quoted one row of 2019's table.
                        section = conversation.turns[-1].section
                        section_question = reading.read_as
            elif not named_by_typed and within is None and reading.new_topic and reading.prefer_documents:
                # "Were caseloads manageable there?", "What did Ofsted recommend for homeless 16- and
                # 17-year-olds there?": "there" is the reports the conversation named.
                within = set(reading.prefer_documents)
            elif not named_by_typed and within is None and reading.prefer_documents and not re.search(r"\d", cleaned):
                # "And what did it say about care leavers?" after "When was Sunderland last
                # inspected?", answered from its newest report: the context names all three and
                # no year (a year asked picks its report already). And when it names just the
                # conversation's reports ("Which of them is about private fostering?" after
                # Lewisham's recommendations): those alone, not the library's passages beside them.
                named_now = index.router.named(cleaned)
                if reading.prefer_documents <= named_now or (not named_now and index.router.sibling_reports(reading.prefer_documents)):
                    # (And when neither it nor its context names anything, the council the
                    # conversation is about: "what did they say about staff turnover?" after "when
                    # did the inspection take place" of Leeds's report quoted Sunderland and Salford.)
                    within = set(reading.prefer_documents)
        reworded = self._reworded(cleaned)
        # The answer step weighs the plain words of the question as typed, not a follow-up's context.
        typed_reworded = reworded if cleaned == typed else self._reworded(typed)
        expansion = self._expand(cleaned)  # the question as asked, acronyms beside; spelt out, what the model reads
        as_asked = expansion.question
        cleaned = self._searched(cleaned, reworded)
        vector = self.embedder.embed([cleaned])[0]
        embedded = time.perf_counter()
        depth = max(self.settings.candidates, top_k) if answerer == "model" else top_k
        prefer = set(reading.prefer_documents) if reading is not None else None
        from assistant.answers.model_answering import asks_report_opening

        # A year closing the question that is the named report's says which report (routing has
        # used it), unless the question asks what the report's opening lines state.
        year_says_which = self.settings.report_year != "off" and not asks_report_opening(typed)
        retrieval = self._retriever.retrieve(
            cleaned,
            vector,
            depth,
            mode or self.settings.retrieval_mode,
            within,
            prefer=prefer,
            ignore_report_year=year_says_which and self.settings.report_year == "both",
            # Embedded only if the question names documents; apart, not batched with the question:
            # the int8 encoder quantises per batch, so a batch-mate moves a vector.
            as_asked=None if as_asked == cleaned else (as_asked, lambda: self.embedder.embed([as_asked])[0]),
        )
        passages = retrieval.passages
        follows = reading.after if reading is not None and reading.follow_up else ()
        follows = tuple(span for span in follows if within is None or span[0] in within)  # never outside --doc
        if follows and answerer == "model" and self.settings.follow_up_near_weight:
            from assistant.answers.conversation import NEAR_AFTER, NEAR_BEFORE

            passages = passages + index.passages_around(follows, passages, NEAR_BEFORE, NEAR_AFTER)
        if answerer == "model":
            context = cleaned if reading is not None and reading.follow_up else ""
            # A follow-up restated as a question of its own asks what the restatement asks: "No sorry,
            # I meant Sunderland's 2015 inspection" after "Who was the lead inspector on Bristol's 2023
            # visit?" asks who led it (the deputy's line was quoted).
            restated = reading.read_as if reading is not None and reading.standalone else typed
            passages = passages + self._found_in_place_passages(restated, within, retrieval, passages, index, context)
        retrieved = time.perf_counter()
        titles = index.titles
        section_asked = section_question or corrected(typed, corrections)
        quoted_section = [picked] if picked else self._asked_section(section, section_asked, retrieval, index, titles, within, reading) if section else None
        if quoted_section and section == RECOMMENDATIONS and not picked and (order := grades_too(typed)):
            # "grades and recommendations for Luton": both lists, in the question's order (the grades were dropped).
            grades = self._asked_section(JUDGEMENTS, section_asked, retrieval, index, titles, within, reading)
            if grades:
                quoted_section = grades + quoted_section if order == "first" else quoted_section + grades
        says_too_little = False  # a follow-up the answer model read with its context for want of words of its own
        if quoted_section is None and nothing_to_seek:
            return self._not_sought(question, nothing_to_seek, answerer, started)  # "Recommendations?" of two press articles
        if quoted_section is not None:
            answer, quoted_section = self._section_reply(question, quoted_section, asked, within, passages, titles, answerer)
        elif answerer == "model":
            self.load_answer_model()
            # A follow-up is retrieved with its context; the model reads it with that context too
            # ("both"), as asked ("retrieval": the context only finds the passages), or as asked
            # unless it holds a word or none of its own ("short": "What did that lead to?").
            from assistant.answers.conversation import says_enough_alone

            context_mode = self.settings.follow_up_context
            says_too_little = (
                context_mode == "short" and reading is not None and reading.follow_up and not reading.standalone and not says_enough_alone(typed)
            )
            with_context = reading is None or reading.standalone or context_mode == "both" or says_too_little
            read_expansion = expansion if with_context else self._expand(typed)
            read = read_expansion.spelt_out
            # The closing year that only says which report, read once for the model and the pre-filter.
            closing_year = index.router.report_year_words(read, retrieval.named) if year_says_which else frozenset()
            answer = self._model_answerer.answer(
                read,
                passages,
                top_k=top_k,
                titles=titles,
                model_titles=index.model_titles,
                document_text=self.document_text,
                locate=index.locate,
                term_weight=index.term_weight,
                rerank=rerank,
                # A follow-up restated as a question of its own ("And Leeds?" read as "When was Leeds
                # inspected?") asks what the restatement asks: a date, not an earlier inspection.
                asked=reading.read_as if reading is not None and reading.standalone else typed,
                named=retrieval.trusted_named,
                context=cleaned,
                follows=follows,
                must_mention=None if named_by_typed else self._must_mention(key_name(names), index),
                confined=retrieval.council_named if self.settings.council_answers_only == "on" else frozenset(),
                report_years=frozenset(year for doc_id in retrieval.named if (year := index.router.report_year_of(doc_id))),
                which_report=closing_year,
                also_look_for=self._looked_for(reworded),
                report_phrases=self._report_phrases(typed_reworded) if self.settings.plain_words in ("on", "prefilter") else (),
                naming_words=(
                    index.router.naming_words(read, retrieval.trusted_named)
                    | (closing_year if self.settings.report_year == "both" else frozenset())
                    if self.settings.naming_words != "off"
                    else frozenset()
                ),
                furniture=index.furniture,
                acronyms_spelt=read_expansion.spelt,
                acronyms_read_long=self.settings.model_acronyms == "long",
                sentence_acronyms_read_long=self.settings.model_sentence_acronyms == "long",
                # A follow-up is read with the turn before, whose topic its vector carries more
                # than what the follow-up asks; the sentences around the last quote lead instead.
                # One restated as a question of its own ("Sorry, I meant fostering" read as "What did
                # Ofsted say about fostering in Kent?") is weighed as that question asked alone.
                meaning=None if reading is not None and reading.follow_up and not reading.standalone else self._likeness(index, cleaned, vector),
            )
            answer = Answer(question, answer.text, answer.abstained, answer.citations, answer.passages, answer.timings_ms, answer.explanation)
            counted = counted_section(typed) if section is None and picked is None and self.settings.section_answers == "on" else None
            found = self._asked_section(counted[0], corrected(counted[1], corrections), retrieval, index, titles, within, reading) if counted else None
            if found and (answer.abstained or _quotes_an_item(answer, found) or not _names_the_list(answer, counted[1])):
                from assistant.domain import SECTION_QUOTED

                # "How many recommendations did Ofsted make for Bristol?": no sentence states the
                # count, and the answer refused, quoted one item of the list or a sentence counting
                # something else; the list shows it.
                answer, quoted_section = self._section_reply(question, found, asked, within, passages, titles, answerer)
                section = counted[0]
                why = (
                    f"{SECTION_QUOTED}asked how many {counted[0]}: the answer model found no sentence stating the count (it refused, "
                    f"or quoted one item of the list or a sentence counting something else), so the list is quoted whole, {len(answer.citations)} item(s)"
                )
                answer = dataclasses.replace(answer, explanation=dataclasses.replace(answer.explanation, notes=(why,) + answer.explanation.notes))
        else:
            answer = self._answerer.compose(
                cleaned, vector, passages, titles, locate=index.locate, term_weight=index.term_weight
            )
        verify_citations(answer, self.document_text)
        done = time.perf_counter()
        timings = {
            "embed_query": (embedded - started) * 1000,
            "retrieve": (retrieved - embedded) * 1000,
            "answer": (done - retrieved) * 1000,
            "total": (done - started) * 1000,
        }
        if "model" in answer.timings_ms:  # of the answer step: the model reading candidate sentences
            timings["model"] = answer.timings_ms["model"]
        explanation = answer.explanation
        if says_too_little and explanation is not None:
            read_with_context = "the answer model read this follow-up with the turn before it: it holds too few words of its own"
            explanation = dataclasses.replace(explanation, notes=(read_with_context,) + explanation.notes)
        if reading is not None and reading.new_topic and explanation is not None:
            new_topic = "a follow-up asking a new question of the documents the conversation named: read as asked, within them"
            explanation = dataclasses.replace(explanation, notes=(new_topic,) + explanation.notes)
        if reworded.added and explanation is not None:
            beside = tuple(f"looked for {terms!r} beside {phrase!r} (the reports' usual words)" for phrase, terms in reworded.added)
            explanation = dataclasses.replace(explanation, notes=beside + explanation.notes)
        if expansion.added and explanation is not None:
            read_beside = tuple(f"read {short!r} with {long!r} beside it (defined in the documents)" for short, long in expansion.added)
            explanation = dataclasses.replace(explanation, notes=read_beside + explanation.notes)
        if retrieval.ignored and quoted_section is None and explanation is not None:  # a section is found by its heading
            from assistant.search.keyword import words_for_terms

            words = words_for_terms(cleaned, retrieval.ignored)
            several = len(retrieval.named) > 1
            left_out = (
                f"the search within the {'reports' if several else 'report'} asked about did not count {words}: it names "
                f"{'them, and their passages all share it' if several else 'the report, which every passage of it shares'}",
            )
            explanation = dataclasses.replace(explanation, notes=left_out + explanation.notes)
        if corrections and explanation is not None:
            read_for = tuple(f"read \u201c{typed_name}\u201d as \u201c{name}\u201d (a document's name)" for typed_name, name in corrections)
            explanation = dataclasses.replace(explanation, notes=read_for + explanation.notes)
        # A name typed with a slip is answered as its document writes it: say so ("read as: When were
        # Barnsley's services inspected?"), and carry the reading into the conversation.
        read_as = corrected(typed, corrections) if corrections else None
        if reading is not None:
            from assistant.answers.conversation import quoted_spans, said_in

            if corrections:
                reading = dataclasses.replace(reading, read_as=corrected(reading.read_as, corrections))
            # A section answer is about the reports it quoted: "And what did it recommend?" after "What about Bristol?".
            named_now = frozenset(quote.doc_id for quote in quoted_section) if quoted_section else retrieval.routed
            conversation.record(reading, quoted_spans(answer.citations), named_now, section, said_in(answer.citations))
            read_as = reading.read_as if reading.follow_up or corrections or reading.read_as != typed else None
        return Answer(
            question,
            answer.text,
            answer.abstained,
            answer.citations,
            answer.passages,
            timings,
            explanation,
            read_as,
            tuple(sorted(self._kept_to(retrieval.kept_to, answer.citations, index))),
            named=tuple(sorted(retrieval.routed)),
        )

    @staticmethod
    def _kept_to(kept_to: frozenset[str], citations, index) -> frozenset[str]:
        """The documents the answer says it kept to: the conversation's, which the search puts
        first. Said only when it is true and tells something: not when a citation comes from
        elsewhere (the search also reads the library; "kept to: a.txt" over a citation of b.txt
        misleads), nor when they are every document there is."""
        if not kept_to or kept_to >= set(index.documents) or any(c.source not in kept_to for c in citations):
            return frozenset()
        return kept_to

    FOUND_IN_PLACE_DOCUMENTS = 3  # asked of more reports than this, the question is too broad to look in each

    def _found_in_place_passages(self, typed: str, within, retrieval, passages, index, context: str = "") -> list:
        """The named reports' passages holding a form the question asks for that its words seldom
        find (model_answering.FOUND_IN_PLACE): the "Lead inspector: …" line, which an older
        report puts on its last page; the "Inspection dates: …" line, where a follow-up's "When
        did it take place?" found whatever else took place that year; a sentence dating an
        earlier inspection; and, asked for a grade, the judgement table's rows ("How were children
        looked after in Calderdale rated in 2015?" found the count of children looked after "(a
        rate of … per 10,000 children)" and the vacancy "rate", not the table). ``context``: a
        follow-up read with its turn before ("Who led it?" after an inspection's date)."""
        from assistant.answers.model_answering import FOUND_IN_PLACE, JUDGEMENT

        documents = set(within) if within else set(retrieval.trusted_named)
        if not documents or len(documents) > self.FOUND_IN_PLACE_DOCUMENTS:
            return []
        # Each form is read in place only while its preference weighs something.
        forms = (FOUND_IN_PLACE if self.settings.model_lead_inspector_weight else ()) + (
            (JUDGEMENT,) if self.settings.model_judgement_weight else ()
        )
        found: list = []
        for form in forms:
            if form.asked(typed, context, inherits=False):
                found += index.passages_holding(documents, form.found_by, passages + found)
        return found

    def _asked_of_newest(self, question: str, latest: tuple[str, str, bool], reading, conversation, options: dict) -> Answer | None:
        """A question about one council with several reports, asked of its newest alone. When that
        report does not answer a question about the latest, the answer says so: an older report's
        figure or date would answer another question than the one asked ("When was the latest
        Wokingham report published?" was answered with the 2015 report's date). Any other question
        it does not answer is asked of them all (None)."""
        from assistant.answers.conversation import quoted_spans, said_in
        from assistant.domain import NOT_FOUND_TEXT

        council, newest, asks_latest = latest
        follow_up = reading is not None and reading.follow_up
        answer = self.ask(reading.read_as if follow_up else question, documents=[newest], **options)
        if answer.abstained and not asks_latest:
            return None
        explanation = answer.explanation
        if explanation is not None:
            why = "as the question asks about the latest" if asks_latest else "as the question names no year"
            note = f"asked of {newest} alone: the newest of {council}'s reports, {why}"
            explanation = dataclasses.replace(explanation, notes=(note,) + explanation.notes)
        text = answer.text
        if answer.abstained:
            text = f"{NOT_FOUND_TEXT} The newest report on {council} ({newest}) does not answer it; name a year to ask an earlier one."
        if reading is not None:
            conversation.record(reading, quoted_spans(answer.citations), frozenset((newest,)), said=said_in(answer.citations))
        return dataclasses.replace(
            answer, question=question, text=text, explanation=explanation, read_as=reading.read_as if follow_up else None, named=(newest,)
        )

    def _council_names_written(self, typed: str) -> tuple[str, bool]:
        """The question with the English councils' names typed in lower case written as their
        headings write them ("north lincolnshire" -> "North Lincolnshire", "Tower hamlets"), a
        council's name typed in lower case with a slip as its report's file name writes it
        ("middlesborough" -> "Middlesbrough"), and a short form as the council's name ("N Yorks"
        -> "North Yorkshire", places.SHORT_FORMS); and whether there was such a slip or short
        form. Typed so, the name was read as a word: "how was north lincolnshire rated" named no
        report and was answered from Lincolnshire's, "When was middlesborough last inspected?"
        quoted Salford's dates, "What was hammersmith and fulham rated?" Trafford's grade (no name
        to check).
        Not the councils whose names are everyday words ("reading", "bury", "slough")."""
        from assistant.search.places import COUNCIL_IN_LOWER_CASE, SHORT_FORM, council_of_short_form
        from assistant.search.routing import heading_case

        if self.settings.name_check != "on":
            return typed, False
        # A short form staff write ("N Yorks", "Hants", "B&NES"), as the council's name.
        written = SHORT_FORM.sub(lambda found: council_of_short_form(found.group()), typed)
        slips = self.load_index().names.lower_case_slips(written)
        shortened = written != typed
        for word, name in slips:
            written = re.sub(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", lambda _: name, written)

        def as_heading(typed_name: str) -> str:
            heading = heading_case(typed_name.lower())
            # Only where a word the heading capitalises was typed in lower case ("KENT" stays).
            pairs = zip(re.findall(r"[^\W\d_]+", typed_name), re.findall(r"[^\W\d_]+", heading))
            return heading if any(mine.islower() and theirs[0].isupper() for mine, theirs in pairs) else typed_name

        written = _rewrite_spans(written, COUNCIL_IN_LOWER_CASE, as_heading)
        return written, bool(slips) or shortened

    def _as_rating_question(self, typed: str) -> str:
        """"Is Tower Hamlets good?", "Kirklees overall", "Merton's overall grade?" read as "How was
        Tower Hamlets rated?": put so, the grade was asked for; put as typed, the council's name line
        ("London Borough of Tower Hamlets"), a remark ("Birmingham is a highly diverse city.") or a
        statistic was quoted. Only when the words left are a council's name the library holds."""
        found = _RATING_SHORTHAND.match(typed)
        if found is None:
            return typed
        name = re.sub(r"['’]s$", "", (found.group("name") or found.group("name2")).strip())
        index = self.load_index()
        named = index.router.council_names(name, None, index.names.written_capitalised)
        if len(named) != 1 or named[0][2] != (0, len(name)):
            return typed
        return f"How was {name} rated?"

    def _no_report_of_year(self, question: str, year: str, council: str | None, held: str, answerer: str, started: float) -> Answer:
        """The answer that the library holds no report of ``year`` on the council (None: the one
        the conversation is about), naming the reports it holds, and quoting nothing."""
        from assistant.domain import NOT_FOUND_TEXT

        whose, whose_short = (council, council) if council else ("the council this conversation is about", "the conversation's council")
        text = f"{NOT_FOUND_TEXT} The library holds no {year} report on {whose}; it holds {held}."
        why = f"no report of {year} on {whose_short} (it has {held})"
        return self._not_sought(question, why, answerer, started, text=text)

    def _report_year_missing(self, typed: str, within, index) -> tuple[str, str, str] | None:
        """The year, council and held reports when a question picks one council's report by a year
        ("How was Nottinghamshire rated in 2016?", "What did the 2018 Leeds report say?") and the
        library holds none of that year (by file name or the dates its opening gives); else None."""
        from assistant.answers.model_answering import _ASKS_JUDGEMENT, asks_lead_inspector
        from assistant.answers.sections import OPENING_CHARS
        from assistant.answers.topic_questions import topic_asked
        from assistant.search.routing import WHICH_REPORT

        router = index.router
        years = set(_YEAR_REPORT.findall(typed))
        if _ASKS_JUDGEMENT.search(typed) or topic_asked(typed) or asks_lead_inspector(typed):
            # A closing year picks the report of a grade or of what it said ("… rated in 2016?"), or
            # of the inspection itself ("Who was the lead inspector for Leeds in 2019?" quoted the
            # 2015 and 2022 leads), not of a figure a later report may give ("How many were in care
            # in 2016?").
            years |= {found.group("year") for found in WHICH_REPORT.finditer(typed)}
        if len(years) != 1 or within is not None:
            return None
        named = router.council_names(typed, None, index.names.written_capitalised)
        if len(named) != 1 or not (held := router.sibling_reports(named[0][1])):
            return None
        year = years.pop()
        # (Or the year its "Inspection dates: …" line gives: a report published the year after.)
        if any(router.year_of(d) == year or year in " ".join(_DATES_LINE.findall(index.documents[d].text[:OPENING_CHARS])) for d in held):
            return None
        return year, named[0][0], ", ".join(sorted(held, key=router.year_of))

    def _other_report_pointed(self, typed: str, reading, conversation, index):
        """The report "the earlier report", "the newer one" or "the one before that" points to (the
        other report of the one council the conversation is about) and the question as then read,
        or None. The pointer has picked the report, so it is read no further: "And the earlier
        report?" after "When was Sunderland inspected?" asked about an inspection before the 2021
        report, set its own dates aside, and abstained. Nothing but the pointer asks the turn
        before's question of that report."""
        pointer = _OTHER_REPORT.search(typed)
        documents = reading.prefer_documents
        if pointer is None or not documents:
            return None
        router = index.router
        which = (
            "newer" if pointer.group("newer") else "oldest" if pointer.group("oldest")
            else "next" if pointer.group("next") or pointer.group("after") else "older"
        )
        if len(documents) == 1:
            other = router.other_report(next(iter(documents)), which)
        elif not router.sibling_reports(documents) or (newest := router.newest(documents)) is None:
            return None
        else:
            # The turn before was about several of one council's reports ("What grades did Havering
            # get?" quoted both): "the older report" is the one before the newest of them.
            other = newest if which in ("newer", "next") else router.other_report(newest, which)
        if other is None:
            return None
        before = conversation.turns[-1].reading.read_as if conversation is not None and conversation.turns else ""
        if reading.follow_up and before and not _words_of_its_own(_OTHER_REPORT.sub(" ", typed)):
            # The turn before's year was its report's: "How was Tower Hamlets rated in 2017?" / "And
            # two years later?" reads "… in 2019?".
            return {other}, dataclasses.replace(reading, read_as=_with_year(before, router.year_of(other)), standalone=True, after=())
        return {other}, dataclasses.replace(reading, read_as=_OTHER_REPORT.sub(_this_report, reading.read_as))

    def _asked_of_another(self, typed: str, reading, conversation, within):
        """"What about Wigan?" after "How does Leeds support its care leavers?": read as "How does
        Wigan support its care leavers?", kept to Wigan's reports (of the year given, if any).
        Read with the turn before instead, both councils' names drew the answer, and Leeds's
        passages won. None when the follow-up is not a council's name alone, names a year the
        council has no report of, or the turn before named no single other council."""
        found = self._council_asked_of(typed, within)
        if found is None:
            return None
        council, year = found
        router = self.load_index().router
        documents = set(council[1])
        if year:
            documents = {d for d in documents if router.year_of(d) == year}
        previous = self._previous_of(conversation, council, within)
        if previous is None or not documents:
            return None
        swapped = previous[2]
        # Not around the turn before's quotes: they are about the other council.
        return dataclasses.replace(reading, read_as=swapped, standalone=True, prefer_documents=frozenset(documents), after=()), documents

    def _council_asked_of(self, typed: str, within):
        """The council a "What about Wigan (in 2019)?" or a correction ("No sorry, I meant Leeds's
        2019 inspection") names, as ``router.council_names`` gives it, and the year it names (or
        None); None when it is not a council's name alone."""
        from assistant.answers.conversation import asked_of_another
        from assistant.search.routing import YEAR

        piece = asked_of_another(typed)
        if not piece:
            return None
        year = re.search(rf"\b{YEAR}\b", piece)
        name = re.sub(r"(?:['’]s?)?[\s,]+(?:in|from|of)?\s*$", "", piece[: year.start()]) if year else piece
        index = self.load_index()
        now = index.router.council_names(name, within, index.names.written_capitalised)
        if len(now) != 1 or now[0][2] != (0, len(name)):
            return None
        return now[0], (year.group() if year else None)

    def _council_lacks_year_asked(self, typed: str, within) -> tuple[str, str, str] | None:
        """The year, council and held reports when a follow-up names a council and a year it has no
        report of ("No sorry, I meant Leeds's 2019 inspection."): read with the turn before, its
        question was answered from Leeds's 2015 and 2022 reports, and nothing said 2019 was missing."""
        found = self._council_asked_of(typed, within)
        if found is None or found[1] is None:
            return None
        (label, documents, _), year = found
        router = self.load_index().router
        if not documents or any(router.year_of(d) == year for d in documents):
            return None
        return year, label, ", ".join(sorted(documents, key=router.year_of))

    def _previous_of(self, conversation, council, within):
        """The turn before's question, the council it named, and the question asked of another
        council (its name swapped, its years, which were its council's, left out); None unless it
        named one council, not this one. After a comparison, the first council's own question
        ("How do Wigan do on adoption?")."""
        from assistant.answers.comparison import without_years
        from assistant.answers.conversation import swap_name

        found = self._previous_council(conversation, within)
        if found is None or found[1][0][1] == council[1]:
            return None
        previous, before = found
        return previous, before[0], without_years(swap_name(previous, [span for _, _, span in before], council[0]))

    def _previous_council(self, conversation, within):
        """The turn before's question (after a comparison, its first council's own) and the places it
        names its one council, or None when it names none or several. A word naming every document
        ("Ofsted" in a small library) names no council."""
        from assistant.answers.comparison import asks_to_compare
        from assistant.answers.sections import section_kind

        if conversation is None or not conversation.turns:
            return None
        index = self.load_index()
        router, proper = index.router, index.names.written_capitalised
        previous = conversation.turns[-1].reading.read_as
        # "Compare Leeds and Norfolk" then "What about Bristol?": Leeds's own question, Norfolk left out.
        groups = router.compared(previous, within, self._councils_not_in_library(previous, index), proper, name_others=asks_to_compare(previous))
        if len(groups) >= 2:
            from assistant.answers.comparison import own_question

            previous = own_question(previous, groups[0], groups)
        before = self._one_council(previous, within, index)
        if before is None:
            return None
        last = conversation.turns[-1]
        if last.reading.follow_up and last.section is None and len(groups) < 2 and section_kind(previous) and not router.council_names(last.reading.question, within, proper):
            # "What did they say about domestic abuse?" read with "Summarise the Cumberland report":
            # asked again of another council, it is "Leeds: What did they say about domestic abuse?",
            # not a summary of Leeds's report.
            label, documents, (start, end) = before[0]
            name = previous[start:end]
            return f"{name}: {last.reading.question}", [(label, documents, (0, len(name)))]
        return previous, before

    def _comparison(self, asked: str, cleaned: str, reading, conversation, within, index):
        """What the question compares and the question each is asked, or None
        (answers/comparison.py). ``asked``: as typed; ``cleaned``: as read (a follow-up with its
        context). A follow-up to a comparison ("And on adoption?") is compared again: asked as
        typed with each council's name when it says what about ("Leeds: And on adoption?"; read
        with the turn before, that turn's topic won), else in its context ("Which is better?")."""
        from assistant.answers.comparison import asks_to_compare, own_question, says_what_about

        # Typed in lower case, names are guessed: unless a comparison is asked for, only a council's
        # whole name counts ("kirklees and bury"; "kent and sussex" is no comparison).
        asks = asks_to_compare(asked, which_is_better=True)
        unknown = self._councils_not_in_library(asked, index)  # each gets a line saying no report is about it
        groups = index.router.compared(asked, within, unknown, index.names.written_capitalised, full_names_only=not asks, name_others=asks)
        if len(groups) >= 2:
            context = cleaned[: -len(asked)] if cleaned != asked and cleaned.endswith(asked) else ""  # a follow-up's
            each = self._previous_asked_of_each(asked, groups, conversation, within) if context else None
            if each is not None:
                return each, groups
            return [context + own_question(asked, group, groups) for group in groups], groups
        if reading is None or not reading.follow_up:
            return None
        if index.router.named(asked, within):
            return self._compared_with_previous(asked, conversation, within)
        groups = index.router.compared(cleaned, within, self._councils_not_in_library(cleaned, index), index.names.written_capitalised, name_others=asks_to_compare(cleaned))
        if len(groups) < 2:
            # "Which is better?" after "What grades did Leeds get?" / "And Bristol?": the two
            # councils of the last two turns, each asked its own question. Read with the turn
            # before alone, Bristol's table came back and Leeds was lost.
            return self._compared_turns_before(conversation, within) if asks_to_compare(asked, which_is_better=True) else None
        if says_what_about(asked):
            return [f"{group.label}: {asked}" for group in groups], groups
        return [own_question(cleaned, group, groups) for group in groups], groups

    def _previous_asked_of_each(self, asked: str, groups, conversation, within) -> list[str] | None:
        """"And Kent and Bristol?" after "What did Ofsted say about care leavers in Leeds?": the turn
        before's question with each council's name in place of Leeds's (its years left out). Read
        with the turn before, each was asked about care leavers in Leeds, and Kent's report "did not
        answer". None unless the follow-up names nothing but councils and the turn before one council."""
        from assistant.answers.comparison import _COMPARING_WORDS as COMPARING_WORDS, without_years
        from assistant.answers.conversation import swap_name
        from assistant.search.keyword import content_terms

        names = set(content_terms(" ".join(group.label for group in groups)))
        found = None if set(content_terms(asked)) - names - COMPARING_WORDS else self._previous_council(conversation, within)
        if found is None:
            return None
        previous, before = found
        return [without_years(swap_name(previous, [span for _, _, span in before], group.label)) for group in groups]

    def _councils_without_report(self, typed: str, index, follow_up: bool) -> list[str]:
        """The English councils (search/places.py) a question asks about that no report of the
        library is about, when nothing else can answer it: "What grades did Somerset get?" (its
        words named North Somerset's report, whose grades were quoted), "what grades did
        herefordshire get?" (typed in lower case, no name was checked, and other councils' grades
        were quoted), and "What about Norfolk?" after a question about Leeds. Empty when the
        question names a council the library has, or the council is mentioned in passing and
        routing sends the question nowhere (its passages may answer, as the name check allows)."""
        from assistant.answers.conversation import asked_of_another
        from assistant.search.keyword import content_terms
        from assistant.search.names import folded
        from assistant.search.routing import YEAR

        if self.settings.name_check != "on" or index.router.council_names(typed, None, index.names.written_capitalised):
            return []
        piece = asked_of_another(typed) if follow_up else None
        alone = re.sub(rf"[\s,]+(?:in|from|of)?\s*{YEAR}\s*$", "", piece) if piece else None  # "What about Norfolk in 2020?"
        found = []
        for name in self._councils_not_in_library(typed, index):
            held = all(folded(term) in index.names.vocabulary for term in content_terms(name))
            if name == alone or not held or index.router.named(name):  # "What about Norfolk?" is about Norfolk alone
                found.append(heading_case_of(name))
        return found

    def _councils_not_in_library(self, asked: str, index) -> list[str]:
        """The English councils (search/places.py) a question names, as typed (in capitals or lower
        case; a possessive left out), that no report of the library is about: "Norfolk";
        "Somerset", of a library with North Somerset's report."""
        from assistant.search.places import COUNCIL_IN_LOWER_CASE, COUNCIL_NAMES, council_words

        if self.settings.name_check != "on":
            return []
        texts = [name.text for name in index.names.names(asked)]
        leading = _leading_council(asked)  # the question's first word is no name to the name check
        texts += [leading] if leading else []
        texts += [found.group() for found in COUNCIL_IN_LOWER_CASE.finditer(asked)]  # "how do leeds and norfolk compare?"
        found: list[str] = []
        for text in texts:
            name = re.sub(r"['’]s$", "", text)
            if name not in found and council_words(name) in COUNCIL_NAMES and not index.router.council_names(heading_case_of(name)):
                found.append(name)
        return found

    @staticmethod
    def _one_council(text: str, within, index):
        """Where ``text`` names its one council, as ``DocumentRouter.council_names`` gives them, or
        None when it names none or several. A word naming every document ("Ofsted" in a small
        library) names no council."""
        found = [f for f in index.router.council_names(text, within, index.names.written_capitalised) if len(f[1]) < len(index.documents)]
        return found if found and len({docs for _, docs, _ in found}) == 1 else None

    def _compared_turns_before(self, conversation, within):
        """What "Which is better?" compares: the last two turns' questions and their councils, when
        each named one council and the two differ; when they named the same one, the last turn's
        question of each report the two quoted (by year); else None."""
        from assistant.search.routing import NamedGroup

        if conversation is None or len(conversation.turns) < 2:
            return None
        index = self.load_index()
        router = index.router
        asked = []
        for turn in conversation.turns[-2:]:
            found = self._one_council(turn.reading.read_as, within, index)
            if found is None:
                return None
            # Its reports: those it quoted ("What grades did Havering get?" named both and quoted the newest).
            quoted = frozenset(turn.cited) & found[0][1]
            asked.append((turn.reading.read_as, found[0][0], quoted or frozenset(turn.topic & found[0][1]) or frozenset(found[0][1])))
        if asked[0][1] == asked[1][1]:
            # One council ("What grades did Havering get?" / "What about the earlier inspection?"):
            # each report the two turns quoted, newest first, called by its year, asked the last
            # turn's question.
            reports = sorted(set().union(*(docs for _, _, docs in asked)), key=lambda d: router.year_of(d) or "", reverse=True)
            years = [router.year_of(d) for d in reports]
            if len(reports) < 2 or not all(years) or len(set(years)) < len(years):
                return None
            label, question = asked[1][1], asked[1][0]
            return [question] * len(reports), [NamedGroup(f"{label} ({year})", frozenset({d}), i) for i, (d, year) in enumerate(zip(reports, years))]
        return [question for question, _, _ in asked], [NamedGroup(label, docs, i) for i, (_, label, docs) in enumerate(asked)]

    def _compared_with_previous(self, asked: str, conversation, within):
        """"How does that compare with Bristol?" after "How does Leeds support its care leavers?":
        the turn before's question asked of Leeds's reports (those it named) and of Bristol's, a
        line each. Kept to Bristol's reports alone, the answer dropped Leeds and lost the topic."""
        from assistant.answers.comparison import asks_to_compare
        from assistant.search.routing import NamedGroup

        index = self.load_index()
        now = index.router.council_names(asked, within, index.names.written_capitalised)
        if len(now) != 1 or not asks_to_compare(asked):
            return None
        previous = self._previous_of(conversation, now[0], within)
        if previous is None:
            return None
        text, before, swapped = previous
        kept = set(before[1]) & set(conversation.turns[-1].topic) or set(before[1])
        groups = [NamedGroup(before[0], frozenset(kept), 0), NamedGroup(now[0][0], frozenset(now[0][1]), 1)]
        return [text, swapped], groups

    def _compared(self, question: str, questions: list[str], groups, reading, conversation, options: dict) -> Answer:
        """A question comparing councils (or one council's inspections): each group's own question
        asked of its reports in turn, answered a line each (assistant/answers/comparison.py)."""
        from assistant.answers.answering import verify_citations
        from assistant.answers.comparison import compared_answer
        from assistant.answers.conversation import quoted_spans, said_in
        from assistant.answers.sections import section_kind
        from assistant.domain import NOT_FOUND_TEXT

        router = self.load_index().router
        answers, labels = [], []
        for own, group in zip(questions, groups):
            if not group.doc_ids:  # "Norfolk" in a library without it: nothing to ask
                answers.append(Answer(own, NOT_FOUND_TEXT, True))
                labels.append(group.label)
                continue
            # A council with several reports and no year asked: its newest report first ("Leeds"
            # answered from 2015 beside Bristol's 2023), the others only when that one does not answer.
            newest = router.newest(group.doc_ids) if len(group.doc_ids) > 1 and not group.years else None
            answer = self.ask(own, documents=[newest], **options) if newest else None
            if answer is None or answer.abstained:
                answer, newest = self.ask(own, documents=sorted(group.doc_ids), **options), None
            answers.append(answer)
            labels.append(f"{group.label} ({router.year_of(newest)})" if newest else group.label)
        answer = compared_answer(question, labels, [len(g.doc_ids) for g in groups], answers)
        verify_citations(answer, self.document_text)
        read_as = None
        if reading is not None:
            # Each council's own question may have asked for a section ("Compare the recommendations of …").
            conversation.record(reading, quoted_spans(answer.citations), frozenset(answer.named), section_kind(reading.read_as), said_in(answer.citations))
            read_as = reading.read_as if reading.follow_up else None
        return dataclasses.replace(answer, read_as=read_as)

    def _likeness(self, index: LoadedIndex, searched: str, vector):
        """What tells the pre-filter how like in meaning each sentence is to the question read: the
        cosine of its vector (embedded when the index was built) and the question's. A sentence the
        index holds none for counts as the most alike, so meaning neither lowers nor raises it. The
        question is embedded alone, as retrieval embeds it (the int8 encoder quantises per batch);
        the searched question's vector serves when the text is the same."""

        def likeness(read: str, spans: list[tuple[str, int, int]]):
            import numpy as np

            found = index.sentence_vectors(spans)
            if found is None or not found[1].any():
                return None
            vectors, held = found
            question_vector = vector if read == searched else self.embedder.embed([read])[0]
            cosines = vectors @ np.asarray(question_vector, dtype=np.float32)
            cosines[~held] = cosines[held].max()
            return cosines

        return likeness

    def seeks(self, question: str, *, follow_up: bool = False) -> bool:
        """Whether a question is looked for at all (a conversation reopened from history leaves out
        the turns that were not, as the live conversation did)."""
        from assistant.answers.answering import clean_question
        from assistant.search.names import absent

        typed = clean_question(question)
        names, _, _, named = self._asked_names(typed, None)
        return (
            self._nothing_to_seek(typed, follow_up=follow_up) is None
            and not absent(names, names_documents=bool(named))
            and not self._councils_without_report(typed, self.load_index(), follow_up)
        )

    def _asked_names(self, typed: str, within: set[str] | None):
        """The names the question gives (search/names.py; none when the check is off); the
        question with the document names it typed with a slip or shortened written as the files
        write them, and those readings; and the library documents it names (routing prefers those
        already)."""
        from assistant.search.names import corrected

        index = self.load_index()
        names = index.names.names(typed) if self.settings.name_check == "on" else []
        corrections = [pair for name in names for pair in name.corrections]
        asked = corrected(typed, corrections)
        # A date alone names no document here: "What grades did Suffolk get in 2022?" is about
        # Suffolk (a month names none in routing either: "And by June 2015?").
        return names, asked, corrections, index.router.named(re.sub(r"\d+", " ", asked), within)

    @staticmethod
    def _must_mention(name, index):
        """What a quoted passage must mention: the question's most specific name, if any."""
        if name is None:
            return None
        from assistant.answers.model_answering import MustMention
        from assistant.search.names import LEAD_IN_CHARS, passage_terms

        names = index.router.terms

        def mentions(chunk):
            text = index.documents[chunk.doc_id].text
            return passage_terms(chunk, names.get(chunk.doc_id, ()), text[max(0, chunk.start - LEAD_IN_CHARS) : chunk.start])

        return MustMention(name.text, name.distinctive, mentions)

    def _nothing_to_seek(self, typed: str, *, follow_up: bool) -> str | None:
        """Why a question is not worth searching, or None. A question whose words (stemmed, without
        stopwords) occur nowhere in the documents ("hi", "thanks", "What is the capital of France?"
        of two press reports) has nothing to find: searching anyway quoted the likeliest passage with
        confidence, since the model only ever saw questions about the texts. A question with no
        such word at all ("?", "What?") is looked for only as a follow-up, read with its context;
        so is a follow-up asked as a question, whatever its words; "thanks" is not."""
        from assistant.search.keyword import content_terms

        terms = set(content_terms(typed))
        if not terms:
            return None if follow_up else "the question holds no word to look for"
        vocabulary = self.load_index().term_df
        if any(term in vocabulary for term in terms):
            return None
        if follow_up and _ASKS.search(typed):
            return None  # "Which seat did he represent?": the words are the person's, the subject the conversation's
        if self.settings.name_check == "on" and any(name.corrections for name in self.load_index().names.names(typed)):
            return None  # "How is Middlesbro doing?": a document's name, typed with a slip or cut short
        return "none of the question's words occurs in the documents"

    def _asked_in_parts(self, question: str, typed: str, reading, conversation, options: dict) -> Answer | None:
        """A question in two or three parts, one asking for a whole section (answers/two_parts.py):
        the first part asked alone, each later one as a follow-up of the one before, the answers one
        after the other. None when it is not in parts, or no part is answered with its whole section."""
        from assistant.answers.answering import asked_kind, verify_citations
        from assistant.answers.conversation import Conversation, quoted_spans, said_in
        from assistant.answers.sections import SUMMARY, grades_too, section_kind, unasked_terms
        from assistant.answers.question_parts import split_parts
        from assistant.answers.two_parts import joined_answer
        from assistant.domain import SECTION_QUOTED

        parts = split_parts(typed)
        if parts is None or grades_too(typed):
            return None  # (grades beside the recommendations: both lists, as one section ask)
        (first_part, *later_parts), (first_kind, *later_kinds) = parts, [section_kind(part) for part in parts]
        if first_kind is None and all(kind is None for kind in later_kinds):
            return None

        def asks_nothing_of_its_own(part: str) -> bool:
            # (A part asking for a date, a count or a name does: "… and when was it inspected?")
            return not unasked_terms(part) and asked_kind(part) is None

        if (first_kind is None and asks_nothing_of_its_own(first_part)) or any(
            kind in (None, SUMMARY) and asks_nothing_of_its_own(part) for part, kind in zip(later_parts, later_kinds)
        ):
            # A part asking nothing of its own is the other's: "… need to improve? Give me the whole
            # list.", "… Torbay's 2018 re-inspection? Did things get better?", "Has Oldham opened any
            # family hubs? What did the 2024 report say?" (about the hubs).
            return None
        within = Conversation("parts")
        # A first part naming no report is asked of those the whole question names ("List the
        # recommendations and give me the grades for Luton"); the second follows it.
        router = self.load_index().router
        named = router.named(typed, set(options["documents"]) if options.get("documents") else None)
        first = dict(options, documents=sorted(named)) if named and not options.get("documents") and not router.named(first_part) else options
        answers = [self.ask(first_part, conversation=within, **first)]
        # The first part quoted several of one council's reports, each line saying its year ("What
        # grades did Trafford get and who was the lead inspector?"): each later part is asked of
        # each report in that order, its line saying which. Asked of them all, one report's lead
        # inspector came first with the other's as "Also possible", neither saying its year.
        reports = list(dict.fromkeys(c.source for c in answers[0].citations))
        by_report = first_kind is not None and len(reports) > 1 and set(reports) <= router.sibling_reports(reports) and all(
            router.year_of(report) for report in reports
        )
        if by_report:
            asked_parts = [(first_part, answers[0])]
            for report in reports:
                alone = Conversation("parts-" + report)
                self.ask(first_part, conversation=alone, **dict(options, documents=[report]))
                for part in later_parts:
                    answer = self.ask(part, conversation=alone, **dict(options, documents=[report]))
                    label = f"{router.year_of(report)} report"
                    asked_parts.append((f"{part} ({label})", dataclasses.replace(answer, text=f"{label}: {answer.text}")))
            answers = [answer for _, answer in asked_parts]
        else:
            answers += [self.ask(part, conversation=within, **options) for part in later_parts]
            asked_parts = list(zip(parts, answers))
        whole = [a for a in answers if a.explanation is not None and any(n.startswith(SECTION_QUOTED) for n in a.explanation.notes)]
        if not whole:
            return None
        answer = joined_answer(question, asked_parts, asks=len(parts))
        verify_citations(answer, self.document_text)
        if reading is not None:
            conversation.record(reading, quoted_spans(answer.citations), frozenset(answer.named), section_kind(whole[0].question), said_in(answer.citations))
        return answer

    def _section_reply(self, question: str, quoted_section, asked: str, within, passages, titles, answerer: str):
        """The answer quoting each section found, item by item, and the sections in the order quoted:
        a line each from several councils says whose, from several reports of one council which year."""
        from assistant.answers.sections import section_answer

        index = self.load_index()
        quoted_docs = {quote.doc_id for quote in quoted_section}
        chunks = [index.chunks[row] for row in index.rows_for_documents(quoted_docs)]
        texts = {doc_id: index.documents[doc_id].text for doc_id in quoted_docs}
        labels = {}
        if self.settings.compare_answers == "on" and len(quoted_docs) > 1:
            # "What grades did Leeds and Bristol get?": each item says whose, in the question's order.
            groups = index.router.compared(asked, within, proper=index.names.written_capitalised)
            labels = {doc_id: g.label for g in reversed(groups) for doc_id in g.doc_ids}
            if set(labels) >= quoted_docs:
                order = [g.label for g in groups]
                quoted_section = sorted(quoted_section, key=lambda quote: order.index(labels[quote.doc_id]))
            else:
                labels = {}  # reports the question does not compare: no one's label fits them all
        if not labels and len(quoted_docs) > 1 and index.router.sibling_reports(quoted_docs):
            # "What grades did Tameside get?", quoting its 2019 and 2016 tables: each row says which.
            years = {doc_id: index.router.year_of(doc_id) for doc_id in quoted_docs}
            if len(set(years.values())) == len(years):
                labels = {doc_id: f"{year} report" for doc_id, year in years.items()}
        return section_answer(question, quoted_section, texts, chunks, passages, titles, index.locate, answerer, labels=labels), quoted_section

    def _asked_section(self, kind: str, question: str, retrieval, index, titles, within, reading):
        """The sections the question asks for whole ("What are Leeds's recommendations?") of the
        reports :func:`~assistant.answers.sections.choose_documents` picks; None when the question
        asks for something narrower, names no report in a library, or none has such a section."""
        from assistant.answers.sections import (
            COMMON_SHARE,
            OPENING_CHARS,
            VERY_COMMON_SHARE,
            choose_documents,
            find_section,
            named_in_lower_case,
            narrows,
        )
        from assistant.documents.spans import headings
        from assistant.search.keyword import content_terms
        from assistant.search.routing import MIN_DOCUMENTS

        follow_up = reading is not None and reading.follow_up
        # A follow-up's own names ("What about Bristol?"), not those of the turn it follows; a council
        # typed in lower case that the router let pass ("recommendations for sunderland").
        named = set(index.router.named(question, within)) if follow_up else set(retrieval.routed)
        if not named and within is None:
            named = set(named_in_lower_case(question, index.documents))
        conversation = set(retrieval.kept_to) | (set(reading.prefer_documents) if reading is not None else set())
        order = list(dict.fromkeys(p.chunk.doc_id for p in retrieval.passages))
        choice = choose_documents(
            question, order, titles, named=named, within=within, conversation=conversation,
            small_library=len(index.documents) < MIN_DOCUMENTS,
            openings={doc_id: index.documents[doc_id].text[:OPENING_CHARS] for doc_id in set(order) | named | conversation},
            context=reading.read_as if follow_up else "",
        )
        if not choice.doc_ids:
            return None
        names = index.router.terms  # each document's name: file name, title, first line
        name_terms: set[str] = set().union(*(names.get(doc_id, set()) for doc_id in set(choice.doc_ids) | named))
        total = len(index.chunks) or 1
        found = []
        for doc_id in choice.doc_ids:
            in_document = [set(content_terms(index.chunks[row].text)) for row in index.rows_for_documents({doc_id})]

            def share(term: str, in_document=in_document) -> float:
                inside = sum(term in terms for terms in in_document) / len(in_document) if in_document else 0.0
                return max(index.term_df.get(term, 0) / total, inside)

            document = index.documents[doc_id].to_document()
            section = find_section(kind, document.id, document.text, headings(document), asked=set(content_terms(question)) - names.get(doc_id, set()))
            if section is None:
                continue
            items = [set(content_terms(document.text[start:end])) for start, end in section.spans]
            heading_terms = set(content_terms(section.heading or ""))  # "the LSCB's recommendations" names its section
            if narrows(
                kind, question, named_terms=name_terms | heading_terms, common=lambda t: share(t) >= COMMON_SHARE,
                very_common=lambda t: share(t) >= VERY_COMMON_SHARE, item_terms=items,
            ):
                return None
            found.append(dataclasses.replace(section, remark=choice.remark))
        return found or None

    def _not_sought(self, question: str, why: str, answerer: str, started: float, text: str | None = None) -> Answer:
        """The answer to a question there is nothing to look for: the texts do not answer it, and
        why. It is not a turn of its conversation: "thanks" is no context for the next follow-up."""
        from assistant.domain import NOT_FOUND_TEXT, NOT_SEARCHED, Explanation

        threshold = self.settings.model_threshold if answerer == "model" else self.settings.abstain_threshold
        explanation = Explanation((), (), threshold, "abstained", 0, answerer, notes=(f"{NOT_SEARCHED}{why}",))
        total = (time.perf_counter() - started) * 1000
        timings = {"embed_query": 0.0, "retrieve": 0.0, "answer": 0.0, "total": total}
        return Answer(question, text or NOT_FOUND_TEXT, True, (), (), timings, explanation)


_LIST_WORDS = frozenset(("recommend", "improv", "prioriti", "action", "area", "fix", "chang", "weak", "develop"))


def _names_the_list(answer: Answer, asked: str) -> bool:
    """Whether the answer's first quote names what the question counts ("… makes five
    recommendations"): a quote naming none of its words ("There were two serious incident
    notifications …" for "How many recommendations did Ofsted make for Stockport?") counts
    something else."""
    from assistant.search.keyword import content_terms

    listed = _LIST_WORDS & set(content_terms(asked))
    return bool(answer.citations) and bool(listed & set(content_terms(answer.citations[0].text)))


def _quotes_an_item(answer: Answer, sections) -> bool:
    """Whether the answer's first quote lies within an item of one of the sections."""
    if not answer.citations:
        return False
    first = answer.citations[0]
    return any(first.source == quote.doc_id and any(start <= first.start < end for start, end in quote.spans) for quote in sections)


def _this_report(pointer: re.Match) -> str:
    """ "the earlier report" once it has picked its report: "the report" (or "the inspection")."""
    noun = re.search(r"(report|inspection|visit)\b", pointer.group(), re.IGNORECASE)
    return f"the {noun.group(1).lower() if noun else 'report'}"


# The words of a follow-up that only point at a report ("What did the 2015 one say?", "And in the
# earlier report?"), beside the words every question leaves out (content_terms).
_POINTING_WORDS = "inspection inspected report visit one ones say said says tell told find found"


def _words_of_its_own(question: str) -> set[str]:
    """What a follow-up asks beyond pointing at a report, and beyond correcting the turn before
    ("Sorry, I meant 2015", "Oops, I was after the 2015 one")."""
    from assistant.answers.conversation import without_correction
    from assistant.search.keyword import content_terms

    return set(content_terms(without_correction(question))) - set(content_terms(_POINTING_WORDS))


def _with_year(question: str, year: str | None) -> str:
    """``question`` with its one year (that of the report it was asked of) replaced by ``year``;
    as it is when it names none or several, or ``year`` is None."""
    from assistant.answers.conversation import years_asked

    years = years_asked(question)
    return re.sub(rf"\b{years.pop()}\b", year, question) if len(years) == 1 and year else question


def _says_only_a_year(question: str, year: str) -> bool:
    """Whether a follow-up says nothing but a year ("And in 2021?", "What about the 2021 report?",
    "And what did the 2015 one say?")."""
    return not _words_of_its_own(question) - {year}


def _rewrite_spans(text: str, pattern: re.Pattern, rewrite) -> str:
    """``text`` with each span where ``pattern`` matches its lower-cased form rewritten: a name
    typed in any case is found, and ``rewrite`` gets it as typed (and may keep it)."""
    out, last = [], 0
    for found in pattern.finditer(text.lower()):
        out += [text[last : found.start()], rewrite(text[found.start() : found.end()])]
        last = found.end()
    return "".join(out) + text[last:]


def heading_case_of(name: str) -> str:
    """A name typed in lower case as a heading writes it ("north somerset" -> "North Somerset")."""
    from assistant.search.routing import heading_case

    return heading_case(name) if name.islower() else name


def _leading_council(question: str) -> str | None:
    """The English council's name the question opens with ("Norfolk and Leeds: …"), if any."""
    from assistant.search.places import COUNCIL_NAMES, EVERYDAY_WORD_COUNCILS, council_words

    found = _LEADING_WORDS.match(question)
    words = found.group(1).split() if found else []
    for k in range(len(words), 0, -1):
        name = re.sub(r"['’]s$", "", " ".join(words[:k]))
        if words[k - 1][0].isupper() and council_words(name) in COUNCIL_NAMES:
            if name.lower() in EVERYDAY_WORD_COUNCILS and words[k - 1] == name and re.match(r"\s+[a-z]", question[found.end() :]):
                return None  # "Reading the review, who …?": a verb, capitalised as the first word
            return name
    return None


def _not_mentioned(names: list[str]) -> tuple[str, str]:
    """Why a question naming what the texts never mention is not searched, and what the person reads."""
    from assistant.domain import NOT_FOUND_TEXT

    quoted = " or ".join(f"\u201c{name}\u201d" for name in dict.fromkeys(re.sub(r"['’]s?$", "", name) for name in names))
    return f"none of the documents mentions {quoted}", f"{NOT_FOUND_TEXT} None of them mentions {quoted}."


def make_assistant(settings: Settings) -> Assistant:
    """The one factory for the facade; the CLI calls it (and tests swap in a shared, preloaded one)."""
    return Assistant(settings)
