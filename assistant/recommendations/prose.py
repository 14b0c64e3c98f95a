"""A structural reading of one follow-up sentence: its clauses, each with its own negation, tense, aspect and modality.

A clause says the measure is done (perfect or past tense, a result participle after a copula, a present passive
with a marker that it is in place), ongoing (progressive markers, a present passive with a time frame, a commission),
not done (the same verb forms negated, a negated subject, a lack), intended (future or intention, nothing done yet),
declined (a negated stance: "delar inte", "anser inte att det finns behov") or only a stance (notes, agrees). The
vocabulary is data: lexicon.toml [prose]. Swedish verb morphology is read from endings (supine -t/-ts, past -de/-des,
present passive -as/-s, participle -ad/-d/-t) plus the strong verbs' forms listed there."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import tomllib

from .lexicon import LEXICON_PATH, load_lexicon
from .text import norm

_WORD = re.compile(r"[\wåäöéü]+(?:\.[\wåäö]+\.?)?")


@dataclass
class Reading:
    """Cue words per aspect found in a sentence (each list holds the words that said it)."""

    done: list[str] = field(default_factory=list)
    ongoing: list[str] = field(default_factory=list)
    partly: list[str] = field(default_factory=list)
    not_done: list[str] = field(default_factory=list)
    intended: list[str] = field(default_factory=list)
    stance: list[str] = field(default_factory=list)
    declined: list[str] = field(default_factory=list)  # a refusal ("delar inte", "avser inte att"); also in not_done

    def empty(self) -> bool:
        return not (self.done or self.ongoing or self.partly or self.not_done or self.intended or self.stance)

    def add(self, other: "Reading") -> None:
        for k in ("done", "ongoing", "partly", "not_done", "intended", "stance", "declined"):
            getattr(self, k).extend(getattr(other, k))


@dataclass(frozen=True)
class _Vocab:
    split: re.Pattern[str]
    negations: frozenset[str]
    perfect_aux: frozenset[str]
    copula: re.Pattern[str]
    not_verbs: frozenset[str]
    strong_done: frozenset[str]
    strong_past: frozenset[str]
    not_past: frozenset[str]
    ongoing: tuple[str, ...]
    in_place: tuple[str, ...]
    intention: re.Pattern[str]
    audit_verbs: re.Pattern[str]
    stance: re.Pattern[str]
    declines: re.Pattern[str]
    lack: re.Pattern[str]
    unseen: re.Pattern[str]
    finishing: frozenset[str]
    partly: tuple[str, ...]
    normative: frozenset[str]
    embedded: re.Pattern[str]
    receipt: re.Pattern[str]
    commission: re.Pattern[str]
    commissions_now: re.Pattern[str]
    still: re.Pattern[str]
    reporting: re.Pattern[str]
    view: re.Pattern[str]
    unknown: re.Pattern[str]
    talk: frozenset[str]
    attributive: frozenset[str]
    draft: re.Pattern[str]
    decides: re.Pattern[str]
    modals: frozenset[str]
    verb_prefixes: tuple[str, ...]
    restating: re.Pattern[str]
    given: re.Pattern[str]
    source: re.Pattern[str]
    verdict: re.Pattern[str]
    rec_verdict: re.Pattern[str]
    condition: re.Pattern[str]
    auditor_subject: re.Pattern[str]
    auditors_ask: re.Pattern[str]
    giving: re.Pattern[str] = re.compile(r"(?!)")
    agrees: re.Pattern[str] = re.compile(r"(?!)")
    present_in_place: frozenset[str] = frozenset()
    procedural: re.Pattern[str] | None = None
    purpose: re.Pattern[str] | None = None
    interim: re.Pattern[str] | None = None
    quantity_heads: frozenset[str] = frozenset()
    time_frame: re.Pattern[str] = re.compile(r"(?!)")
    numbers: dict[str, int] = field(default_factory=dict)
    fractions: frozenset[str] = frozenset()
    seasons: tuple[str, ...] = ()
    all_but: re.Pattern[str] = re.compile(r"(?!)")
    until: re.Pattern[str] = re.compile(r"(?!)")
    double_negation: re.Pattern[str] = re.compile(r"(?!)")
    prepositions: frozenset[str] = frozenset()
    none_words: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    p = tomllib.loads(Path(LEXICON_PATH).read_text(encoding="utf-8"))["prose"]
    rx = lambda s: re.compile(s, re.I)  # noqa: E731
    return _Vocab(
        split=rx(p["clause_split_re"]), negations=frozenset(p["negations"]), perfect_aux=frozenset(p["perfect_aux"]),
        copula=rx(p["copulas_re"]), not_verbs=frozenset(p["not_verbs"]), strong_done=frozenset(p["strong_done"]),
        strong_past=frozenset(p["strong_past"]), not_past=frozenset(p["not_past"]),
        ongoing=tuple(sorted(p["ongoing"], key=len, reverse=True)), in_place=tuple(p["in_place"]),
        intention=rx(p["intention_re"]), audit_verbs=rx(p["audit_verbs_re"]), stance=rx(p["stance_re"]),
        agrees=rx(p["agrees_re"]),
        declines=rx(p["declines_re"]), lack=rx(p["lack_re"]), finishing=frozenset(p["finishing"]),
        partly=tuple(sorted(load_lexicon().partly, key=len, reverse=True)), normative=frozenset(p["normative"]),
        embedded=rx(p["embedded_re"]), receipt=rx(p["receipt_re"]), commission=rx(p["commission_re"]),
        commissions_now=rx(p["commissions_now_re"]), still=rx(p["still_re"]),
        reporting=rx(p["reporting_re"]), unseen=rx(p["unseen_re"]), view=rx(p["view_re"]), unknown=rx(p["unknown_re"]),
        talk=frozenset(p["talk"]), attributive=frozenset(p["attributive"]), draft=rx(p["draft_re"]),
        decides=rx(p["decides_re"]), modals=frozenset(p["modals"]), verb_prefixes=tuple(p["verb_prefixes"]),
        restating=rx(p["restating_re"]), given=rx(p["given_re"]), source=rx(p["source_re"]),
        auditors_ask=rx(p["auditors_ask_re"].replace("{who}", _who(frozenset(p["pronoun_recommenders"])))),
        verdict=rx(p["verdict_re"].replace("{who}", _who())),
        rec_verdict=rx(p["rec_verdict_re"]), condition=rx(p["condition_re"]),
        auditor_subject=rx(r"^(?:[\wåäö]+\s+){0,%d}?(?:%s)\s+(?:har|hade|har\s+i\s+år|[\wåäö]+de|[\wåäö]+ade)\b"
                           % (AUDITOR_SUBJECT_WORDS - 1, _who(frozenset(p["pronoun_recommenders"])))
                           + r"|^(?:%s)(?:\s+[\wåäö]+){0,4}?\s+(?:har\s+|hade\s+)?[\wåäö]+(?:ades|des|ats|ts)\b"
                           % "|".join(map(re.escape, p.get("audit_subjects", [])))
                           # the auditor after the auxiliary, a fronted phrase before it ("Under hösten 2024 har
                           # revisionskontoret följt upp …")
                           + r"|^(?:[\wåäö]+\s+){1,%d}?(?:har|hade)\s+(?:%s)\b"
                           % (AUDITOR_SUBJECT_WORDS, _who(frozenset(p["pronoun_recommenders"])))),
        present_in_place=frozenset(p["present_in_place"]), giving=rx(p["giving_re"]),
        procedural=rx(p["procedural_re"]), purpose=rx(p["purpose_re"]), interim=rx(p["interim_re"]),
        quantity_heads=frozenset(p["quantity_heads"]), time_frame=rx(p["time_frame_re"]), seasons=tuple(p["seasons"]),
        numbers={w: k for k, w in enumerate(p["number_words"])}, fractions=frozenset(p.get("fraction_words", [])),
        all_but=rx(p.get("all_but_re", r"(?!)")), until=rx(p.get("until_re", r"(?!)")),
        double_negation=rx(p.get("double_negation_re", r"(?!)")), prepositions=frozenset(p.get("prepositions", [])),
        none_words=frozenset(p.get("none_words", [])),
    )


def _who(leave_out: frozenset[str] = frozenset()) -> str:
    """The recommenders of lexicon [recommend] as a regular-expression alternation (longest first)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(load_lexicon().recommenders, key=len, reverse=True) if w not in leave_out)


def _has(phrase: str, text: str) -> bool:
    return re.search(r"(?<![\wåäö])" + re.escape(phrase) + r"(?![\wåäö])", text) is not None


# --- verb forms from endings -----------------------------------------------------------
def _supine(w: str, v: _Vocab) -> bool:
    """A supine or its passive ("reviderat", "genomförts", "gjorts"); not genitives ("årets") or adverbs."""
    if w in v.strong_done:
        return True
    if w in v.not_verbs or w in v.not_past or len(w) < 4:
        return False
    return bool(re.search(r"(?:at|it|rt|llt|dt|tt|ts)$", w)) and not w.endswith(("ets", "igt", "ligt", "skt"))


def _participle(w: str, v: _Vocab) -> bool:
    """A result participle after a copula ("åtgärdad", "genomförd", "omhändertagen", "fastställt")."""
    if w in v.strong_done:
        return True
    if w in v.not_verbs or len(w) < 5:
        return False
    return bool(re.search(r"(?:ad|ade|at|rd|rda|rt|lld|llda|llt|dd|dda|erad|erat)$", w)) and not w.endswith(
        ("igt", "ligt", "skt", "ande", "ende"))


def _past(w: str, prev: str, v: _Vocab) -> bool:
    """A past tense form: passive -ades/-des/-tes anywhere; active -ade/-de/-dde after a subject or a date."""
    if w in v.strong_past or any(w.startswith(p) and w[len(p):] in v.strong_past for p in v.verb_prefixes):
        return True
    if w in v.not_past or len(w) < 5 or w.endswith(("ande", "ende", "ndes")):
        return False
    if re.search(r"(?:ades|[rldn]des|ttes|ddes)$", w):
        return True
    if re.search(r"(?:ade|[rld]de|dde)$", w):
        if prev in v.quantity_heads:
            return False  # "Antalet rapporterade incidenter ökade": an attribute of what is counted
        return bool(re.search(r"(?:en|et|na|erna|arna|orna)$", prev) or prev in {"vi", "man", "de", "vilket", "som"}
                    or prev.isdigit())
    return False


def _present_passive(w: str, nxt: str, v: _Vocab, prev: str = "") -> bool:
    """A present passive ("revideras", "genomförs", "fastställs"); not plural genitives ("revisorernas"), nor an
    infinitive after a modal ("ska följas upp")."""
    if prev in v.modals or w in v.not_past or w in v.not_verbs or nxt in {"nedan", "ovan", "här", "följande"}:
        return False
    if w in v.present_in_place:
        return True
    if len(w) < 6:
        return False
    return bool(re.search(r"(?:[^n]as|örs|lls|ers)$", w)) and not w.endswith(("ernas", "arnas", "ornas", "ens"))


# --- clauses ----------------------------------------------------------------------------
def _negated(words: list[str], upto: int, v: _Vocab) -> bool:
    return any(w in v.negations for w in words[:upto])


RECEIPT_WORDS = 4  # "Nämnden har tagit del av …" opens its clause; in a relative clause ("… vi har tagit del av") it is
# no stance of the clause


def read_clause(clause: str) -> Reading:
    v = _vocab()
    r = Reading()
    if v.interim.search(clause):
        return r  # "Till dess hanteras återkopplingen manuellt": the meantime, not the measure
    until = v.until.search(f" {clause} ")
    if until and until.start() > 0:  # "… tas emot innan kontrollen är klar": up to the time limit
        clause = f" {clause} "[:until.start()].strip()
    clause = v.double_negation.sub(" ", f" {clause} ").strip()  # "kan inte … utan att …": a condition, no negation
    c = f" {clause.strip()} "
    words = _WORD.findall(clause)
    if not words:
        return r
    receipt = v.receipt.search(c)
    if receipt and len(_WORD.findall(c[:receipt.start()])) <= RECEIPT_WORDS and not v.copula.search(c):
        r.stance.append(v.receipt.search(c).group(0).strip())  # "har tagit del av rapporten": received, not done
        return r
    unseen = v.unseen.search(c)
    if unseen:  # "kan inte se att något har hänt": nothing done, whatever the clause after it says
        r.not_done.append(unseen.group(0).strip())
        return r
    rep = v.reporting.search(c)
    if rep:  # "har meddelat att …": the reported content is read; "har redogjort för …": only a stance
        if rep.group("att"):
            return read_clause(c[rep.end():])
        r.stance.append(rep.group(0).strip())
        return r
    now = v.commissions_now.search(c)
    if now and not _negated(words, len(words), v):
        r.intended.append(now.group(0).strip())  # "ger förvaltningen i uppdrag att …": decided now, to be done
        return r
    if v.commission.search(c):
        r.ongoing.append(v.commission.search(c).group(0).strip())  # an inquiry or working group appointed
        return r
    if v.declines.search(c):
        r.not_done.append(v.declines.search(c).group(0).strip())
        r.declined.append(r.not_done[-1])
        return r
    if v.view.search(c):  # "delar revisorernas uppfattning att …": the view shared, not a measure
        r.stance.append(v.view.search(c).group(0).strip())
        return r
    part = next((q for q in v.partly if _has(q, c)), None) or _share(c, v)
    c_ong = v.still.sub(" ", c)  # "är fortsatt ett av …", "fortsätter att gälla": a state that holds, no work
    ong = next((o for o in v.ongoing if _has(o, c_ong)), None)
    intent = v.intention.search(c)
    if intent and intent.group(0) in v.normative and (v.embedded.search(c[:intent.start()])
                                                     or v.purpose.search(c[:intent.start()])):
        intent = None  # "hur måtten ska föras ned …", "rutin för att personalen ska anmäla …": embedded, not the
        # subject's intention
    if intent and ong and c.find(f" {ong}") > intent.start():
        ong = None  # "avser att ge direktören i uppdrag att …": the intention governs what follows it
    if ong and (ong in v.attributive or _has(f"som {ong}", c)) and _verb(words, c, v) is not None:
        ong = None  # "under en pågående utredning", "det arbete som pågår": an attribute, the clause has its verb
    if intent and not ong:
        before = _verb(_WORD.findall(c[:intent.start()]), c[:intent.start()], v)
        if before is not None and not _negated(words, before[0], v):
            r.done.append(before[1])  # "har tillsatt en grupp som ska …": done, and the rest intended
        neg = _negated(words, len(words), v) and not v.audit_verbs.search(c)
        if v.audit_verbs.search(c) and not neg:
            r.stance.append(v.audit_verbs.search(c).group(0))
        elif neg:
            r.not_done.append(intent.group(0))
        else:
            r.intended.append(intent.group(0))
        return r
    if ong:
        # "har ännu inte påbörjats": not begun; "är ännu inte slutfört men pågår": the negation is the finishing's
        if _negated(words, len(words), v) and not (_has("ännu", c) and any(w in v.finishing for w in words)):
            r.not_done.append(ong)
        else:
            r.ongoing.append(ong)
        return r
    lack = v.lack.search(c)
    if lack and lack.group(0).startswith("behöver") and v.embedded.match(c.strip()):
        lack = None  # "hur målen ska föras ned behöver vägas mot …": what needs weighing, no lack of a measure
    if lack and not _negated(words, len(words), v):
        r.not_done.append(lack.group(0))
        return r
    verb = _verb(words, c, v)
    if verb is not None:
        i, form = verb
        neg = _negated(words, i, v)
        if words[i] in v.talk:
            r.stance.append(form)  # "frågan har diskuterats": talked about, nothing done
            return r
        if not neg and not part and v.draft.search(c) and not v.decides.search(words[i]):
            r.ongoing.append(f"{v.draft.search(c).group(0)} … {form}")  # a draft produced: begun, not done
            return r
        if part:
            r.partly.append(f"{part} {form}")
        elif neg and (_has("ännu", c) or _has("helt", c)) and words[i] in v.finishing and words[0] not in v.none_words:
            r.ongoing.append(f"ännu inte {form}")  # (not "någon plan har ännu inte beslutats": there is none)
        elif neg:
            r.not_done.append(f"inte {form}")
        else:
            r.done.append(form)
        return r
    ong = _ongoing_present(words, v)
    if part:
        r.partly.append(part)
    elif ong and not _negated(words, len(words), v):
        r.ongoing.append(ong)
    elif v.stance.search(c):
        r.stance.append(v.stance.search(c).group(0))
    elif _has("ännu", c) and _negated(words, len(words), v):
        r.not_done.append("ännu inte")  # a verbless "…, men ännu inte i övriga områden": not yet where it says
    return r


_SHARE = re.compile(r"\b([\wåäö]+)\s+av\s+(?:de\s+|dessa\s+|totalt\s+|[\wåäö]+s\s+)?([\wåäö]+)\b")


def _share(c: str, v: _Vocab) -> str | None:
    """A share of the whole ("i två av fem förvaltningar", "3 av 8 skolor", "två av förvaltningens fyra enheter",
    "hälften av medarbetarna"): partly, when fewer than all."""
    for m in _SHARE.finditer(c):
        a, b = (int(x) if x.isdigit() else v.numbers.get(x) for x in m.groups())
        if a is not None and b is not None and 0 < a < b:
            return m.group(0)
    words = c.split()
    fraction = next((f"{w} av" for w, nxt in zip(words, words[1:]) if w in v.fractions and nxt == "av"), None)
    but = v.all_but.search(c)  # "på alla skolor utom två": all but some
    return fraction or (but.group(0).strip() if but else None)


def _subject_word(w: str) -> bool:
    """A definite noun or a pronoun: the subject standing after the finite verb in inverted order."""
    return w in {"den", "det", "de", "detta", "denna", "dessa", "vi", "man"} or (
        len(w) > 4 and w.endswith(("en", "et", "na")))


_PARTICLES = ("fram", "upp", "över", "in", "igenom", "bort", "ut", "till", "om")


def _particle(words: list[str], i: int) -> str:
    """A verb particle after the verb ("tagits fram", "sett över"), for a readable cue."""
    return f" {words[i + 1]}" if i + 1 < len(words) and words[i + 1] in _PARTICLES else ""


def _verb(words: list[str], c: str, v: _Vocab) -> tuple[int, str] | None:
    """The clause's done-verb: (its index, its phrase) - perfect, copula + participle, past, present passive in place."""
    for i, w in enumerate(words):
        if w in v.perfect_aux:
            for j in range(i + 1, min(i + 6, len(words))):
                if words[j] in {"fått", "haft", "varit", "kunnat", "behövt", "velat", "måst"}:
                    break
                if _supine(words[j], v):
                    return j, f"{w} {words[j]}" + _particle(words, j)
                if i > 0 and j == i + 1:
                    continue  # inverted order after a fronted phrase: "i mars har nämnden beslutat"
                if words[j - 1] in v.prepositions and j - 1 > i:
                    continue  # a preposition's object between the auxiliary and its verb ("har med
                    # förvaltningen tagit fram", "har under hösten 2024 infört")
                if words[j] not in v.not_verbs and not words[j].isdigit() and words[j] not in v.negations:
                    break
    m = v.copula.search(c)
    if m:
        rest = _WORD.findall(c[m.end():])
        at = len(_WORD.findall(c[:m.end()]))
        for k, w in enumerate(rest[:4]):
            pair = " ".join(rest[k:k + 2])
            if _participle(w, v):
                return at + k, f"{m.group(0).strip()} {w}"
            if pair in v.strong_done:  # "på plats": a two-word state
                return at + k, f"{m.group(0).strip()} {pair}"
            if k == 0 and at > 1 and _subject_word(w):
                continue  # inverted order after a fronted phrase: "för X:s del är därmed kravet omhändertaget"
            if w not in v.not_verbs and w not in v.negations:
                break
    for i, w in enumerate(words):
        prev = words[i - 1] if i else ""
        if not w.endswith("s") and any(x in v.perfect_aux for x in words[:i]) and w not in v.strong_past:
            continue  # after "har", an active -ade/-de form is a participle ("har antalet rapporterade incidenter")
        if _past(w, prev, v) or (w.endswith(("ats", "its", "rts", "tts", "llts")) and _supine(w, v)):
            return i, w
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if _present_passive(w, nxt, v, words[i - 1] if i else "") and any(_has(p, c) for p in v.in_place):
            return i, w
    return None


def _ongoing_present(words: list[str], v: _Vocab) -> str | None:
    """A present passive with a time frame and no in-place marker: work being done now ("genomförs under våren");
    without a time frame it tells how things are done ("Kunskapsbedömningen dokumenteras i beslutsunderlaget")."""
    if not v.time_frame.search(" ".join(words)):
        return None
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if _present_passive(w, nxt, v, words[i - 1] if i else ""):
            return w
    return None


_COMPOUND_PART = re.compile(r"[\wåäöéü]+-\s+(?:och|eller|samt)\s+")


def read_sentence(sentence: str) -> Reading:
    """The cues of every clause of one sentence (lower-cased, normalised)."""
    v = _vocab()
    low = norm(sentence).rstrip(".!? ")
    low = _COMPOUND_PART.sub("", low)  # "underhålls- och investeringsplanen": a compound's first part is no verb
    out = Reading()
    unknown = v.unknown.search(low)
    if unknown:  # "av svaret framgår inte om eller hur …": the document does not say
        out.stance.append(unknown.group(0))
        return out
    low = v.given.sub(" ", low)  # "de rekommendationer som riktades till nämnden": the recommendation's giving
    low = v.source.sub(" ", low)  # "har enligt revisionskontorets bedömning omhändertagit"
    for clause in v.split.split(low):
        if not clause or not clause.strip():
            continue
        out.add(read_clause(clause))
    return out


def pending(r: Reading) -> bool:
    """Done, and more is yet to come within the same sentence: an intention proper ("kommer att", "avser att"), not
    a normative "ska" beside a done fact ("… utgår från målen, och nämnderna ska hänvisa till dem")."""
    return bool(r.done) and any(i not in _vocab().normative for i in r.intended)


def sentence_status(r: Reading) -> str | None:
    """One sentence's status from its reading; None when it says nothing about a measure."""
    if r.declined:
        return "ej_atgardad"
    if r.partly or r.ongoing or (r.done and r.not_done) or pending(r):
        return "delvis"
    if r.not_done:
        return "ej_atgardad"
    if r.done:
        return "atgardad"
    if r.intended:
        return "ej_atgardad"
    if r.stance:
        return "ej_atgardad" if agrees_only(r) else "oklart"
    return None


def agrees_only(r: Reading) -> bool:
    """Only a stance, and it agrees ("instämmer i revisorernas iakttagelse"): agreed, nothing done yet."""
    return any(_vocab().agrees.search(s) for s in r.stance)


def restating(sentence: str) -> bool:
    """The sentence restates the audit's recommendation ("Revisorerna rekommenderade nämnden att …", "Rekommendation
    2 riktades till …", "Revisorerna pekar på att …") and is no verdict on it."""
    v = _vocab()
    low = norm(sentence)
    if v.giving.search(low):
        return True  # the audit's giving of its recommendation, with the audit's own verdict beside it
    return bool(v.restating.search(low) or v.auditors_ask.search(low)) and not verdict(sentence)


def procedural(sentence: str) -> bool:
    """The sentence speaks of the handling of the matter ("Ärendet har beretts …", "Paragrafen förklaras omedelbart
    justerad") or of where the document reports what, not of any measure taken."""
    return bool(_vocab().procedural.search(norm(sentence)))


def verdict(sentence: str) -> bool:
    """The auditors' own verdict ("Revisionskontoret bedömer att …", "enligt revisorernas bedömning")."""
    return bool(_vocab().verdict.search(norm(sentence)))


def recommendation_verdict(sentence: str) -> bool:
    """A verdict on the recommendation itself, whoever gives it ("… bedömer att rekommendationen om studieplanerna
    därmed är åtgärdad"), not under a condition ("När vi bedömer att en rekommendation inte har …")."""
    v = _vocab()
    low = norm(sentence)
    return bool(v.rec_verdict.search(low)) and not v.condition.match(low)


AUDITOR_SUBJECT_WORDS = 3  # an auditor named among a sentence's first words is its subject


def auditors_act(sentence: str) -> bool:
    """The auditors' own work ("Revisionskontoret har följt upp …", "Stadsrevisionen har begärt en redogörelse"),
    not their verdict: it says nothing about the committee's measure."""
    v = _vocab()
    low = norm(sentence)
    head = " ".join(_WORD.findall(low)[:AUDITOR_SUBJECT_WORDS + 3])
    return bool(v.auditor_subject.match(head)) and not verdict(sentence) and not v.unseen.search(low)
    # ("Revisionskontoret har inte kunnat se att nämnden har …": their finding that nothing was done is a verdict)
