"""Every UI string, in Swedish (default) and English. ``t(key, lang, **fmt)``."""

from __future__ import annotations

LANGS = ("sv", "en")
DEFAULT_LANG = "sv"

STRINGS: dict[str, dict[str, str]] = {
    # --- app shell ---------------------------------------------------------------
    "app_title": {"sv": "Röda tråden", "en": "Röda tråden"},
    "app_caption": {
        "sv": "Frågor och svar med exakta källhänvisningar ur regionplaner, verksamhetsberättelser och revisionsrapporter.",
        "en": "Questions and answers with exact citations from regional plans, activity reports and audit reports.",
    },
    "nav_chat": {"sv": "Fråga dokumenten", "en": "Ask the documents"},
    "nav_documents": {"sv": "Dokument", "en": "Documents"},
    "nav_recommendations": {"sv": "Rekommendationer", "en": "Recommendations"},
    "language": {"sv": "Språk", "en": "Language"},
    "api_key": {"sv": "API-nyckel", "en": "API key"},
    "api_key_help": {
        "sv": "Behövs för att lägga till och ta bort dokument.",
        "en": "Needed to add and remove documents.",
    },
    "api_ok": {"sv": "Ansluten till tjänsten", "en": "Connected to the service"},
    "api_down": {"sv": "Ingen kontakt med tjänsten", "en": "No contact with the service"},
    "api_llm": {"sv": "Språkmodell: {name}", "en": "Language model: {name}"},
    "api_extractive": {"sv": "Svar citeras direkt ur dokumenten", "en": "Answers are quoted straight from the documents"},
    "docs_indexed": {"sv": "{n} dokument i arkivet", "en": "{n} documents in the archive"},
    "sidebar_footer": {
        "sv": "Varje siffra och påstående hänvisar till dokument och sida.",
        "en": "Every figure and claim refers to a document and page.",
    },
    # --- errors ------------------------------------------------------------------
    "err_unreachable": {
        "sv": "Tjänsten svarar inte ({url}). Kontrollera att API:t är igång (`rodatraden serve`) och försök igen.",
        "en": "The service is not responding ({url}). Check that the API is running (`rodatraden serve`) and try again.",
    },
    "err_timeout": {
        "sv": "Tjänsten tog för lång tid på sig att svara. Försök igen om en stund.",
        "en": "The service took too long to answer. Please try again shortly.",
    },
    "err_generic": {"sv": "Något gick fel: {message}", "en": "Something went wrong: {message}"},
    "err_bad_response": {
        "sv": "Tjänsten gav ett svar som inte kunde läsas.",
        "en": "The service returned a response that could not be read.",
    },
    "err_auth": {
        "sv": "Åtgärden kräver en giltig API-nyckel. Ange den i sidofältet.",
        "en": "This action needs a valid API key. Enter it in the sidebar.",
    },
    # --- chat --------------------------------------------------------------------
    "chat_placeholder": {"sv": "Ställ en fråga om dokumenten …", "en": "Ask a question about the documents …"},
    "chat_empty_title": {"sv": "Vad vill du veta?", "en": "What would you like to know?"},
    "chat_empty_body": {
        "sv": "Svaren bygger enbart på de inlästa dokumenten. Varje uppgift har en källhänvisning [n] med dokument, sida och ordagrant citat.",
        "en": "Answers are based only on the indexed documents. Every statement has a citation [n] with document, page and verbatim quote.",
    },
    "chat_searching_in": {"sv": "Du söker i", "en": "You are searching"},
    "chat_examples": {"sv": "Exempel på frågor", "en": "Example questions"},
    "ex_1": {
        "sv": "Hur stor är prognosen för helåret jämfört med budget?",
        "en": "How large is the full-year forecast compared with the budget?",
    },
    "ex_2": {"sv": "Vilka rekommendationer lämnar revisorerna?", "en": "Which recommendations do the auditors make?"},
    "ex_3": {
        "sv": "Jämför prognos och utfall för hälso- och sjukvårdsförvaltningen 2020–2022",
        "en": "Compare forecast and outcome for the health care administration 2020–2022",
    },
    "ex_4": {"sv": "Vilka rekommendationer har inte åtgärdats?", "en": "Which recommendations have not been acted on?"},
    "thinking": {"sv": "Söker i dokumenten …", "en": "Searching the documents …"},
    "clear_chat": {"sv": "Nytt samtal", "en": "New conversation"},
    "restrict_docs": {"sv": "Sök endast i", "en": "Search only in"},
    "restrict_docs_placeholder": {"sv": "Alla dokument", "en": "All documents"},
    "not_in_docs": {"sv": "Det framgår inte av dokumenten.", "en": "The documents do not say."},
    "closest_passages": {"sv": "Närmaste passager", "en": "Closest passages"},
    "sources": {"sv": "Källor", "en": "Sources"},
    "page_short": {"sv": "s. {page}", "en": "p. {page}"},
    "page_long": {"sv": "sida {page}", "en": "page {page}"},
    "show_full_page": {"sv": "Visa hela sidan", "en": "Show the full page"},
    "full_page_title": {"sv": "{title}, sida {page}", "en": "{title}, page {page}"},
    "page_unavailable": {
        "sv": "Sidans text kunde inte hämtas; citatet visas utan sammanhang.",
        "en": "The page text could not be fetched; the quote is shown without context.",
    },
    "quote_not_located": {
        "sv": "Citatet kunde inte markeras i sidans text.",
        "en": "The quote could not be highlighted in the page text.",
    },
    "tables": {"sv": "Tabeller", "en": "Tables"},
    "table_source": {"sv": "Källa: {title}, sida {page}", "en": "Source: {title}, page {page}"},
    "table_unit": {"sv": "Belopp i {unit}", "en": "Amounts in {unit}"},
    "download_csv": {"sv": "Ladda ner CSV", "en": "Download CSV"},
    "chart_title": {"sv": "Diagram", "en": "Chart"},
    "chart_measure": {"sv": "Mått", "en": "Measure"},
    "chart_amount": {"sv": "Belopp ({unit})", "en": "Amount ({unit})"},
    "chart_value": {"sv": "Värde", "en": "Value"},
    "answer_time": {"sv": "Svarstid {t}", "en": "Answered in {t}"},
    "you": {"sv": "Du", "en": "You"},
    # --- documents ---------------------------------------------------------------
    "docs_title": {"sv": "Dokument", "en": "Documents"},
    "docs_caption": {
        "sv": "De dokument som assistenten svarar utifrån.",
        "en": "The documents the assistant answers from.",
    },
    "docs_empty": {
        "sv": "Inga dokument är inlästa ännu. Lägg till en PDF nedan.",
        "en": "No documents are indexed yet. Add a PDF below.",
    },
    "col_title": {"sv": "Titel", "en": "Title"},
    "col_type": {"sv": "Typ", "en": "Type"},
    "col_year": {"sv": "År", "en": "Year"},
    "col_pages": {"sv": "Sidor", "en": "Pages"},
    "col_chunks": {"sv": "Textavsnitt", "en": "Passages"},
    "col_tables": {"sv": "Tabeller", "en": "Tables"},
    "col_doc_id": {"sv": "Dokument-id", "en": "Document id"},
    "col_date": {"sv": "Datum", "en": "Date"},
    "metric_docs": {"sv": "Dokument", "en": "Documents"},
    "metric_pages": {"sv": "Sidor", "en": "Pages"},
    "metric_tables": {"sv": "Tabeller", "en": "Tables"},
    "upload_title": {"sv": "Lägg till dokument", "en": "Add a document"},
    "upload_label": {"sv": "PDF-fil", "en": "PDF file"},
    "upload_doc_id": {"sv": "Dokument-id (valfritt)", "en": "Document id (optional)"},
    "upload_doc_id_help": {
        "sv": "Lämna tomt för att använda filnamnet.",
        "en": "Leave empty to use the file name.",
    },
    "upload_button": {"sv": "Läs in dokumentet", "en": "Ingest the document"},
    "upload_needs_key": {
        "sv": "Ange API-nyckeln i sidofältet för att lägga till eller ta bort dokument.",
        "en": "Enter the API key in the sidebar to add or remove documents.",
    },
    "upload_running": {"sv": "Läser in {name} …", "en": "Ingesting {name} …"},
    "upload_step_send": {"sv": "Skickar filen till tjänsten", "en": "Sending the file to the service"},
    "upload_step_parse": {
        "sv": "Tolkar sidor och tabeller och bygger sökindex",
        "en": "Parsing pages and tables and building the search index",
    },
    "upload_done": {"sv": "{name} är inläst.", "en": "{name} has been ingested."},
    "upload_done_detail": {
        "sv": "{pages} sidor, {chunks} textavsnitt och {tables} tabeller.",
        "en": "{pages} pages, {chunks} passages and {tables} tables.",
    },
    "upload_unchanged": {
        "sv": "{name} finns redan i arkivet i samma version; inget ändrades.",
        "en": "{name} is already in the archive in the same version; nothing changed.",
    },
    "upload_duplicate_bytes": {
        "sv": "{name} är samma fil som {of}, som redan finns i arkivet; den lästes inte in en gång till.",
        "en": "{name} is the same file as {of}, already in the archive; it was not ingested again.",
    },
    "upload_duplicate_text": {
        "sv": "{name} har samma text som {of}, som redan finns i arkivet; den lästes inte in en gång till.",
        "en": "{name} has the same text as {of}, already in the archive; it was not ingested again.",
    },
    "upload_failed": {"sv": "Inläsningen misslyckades", "en": "Ingestion failed"},
    "remove_title": {"sv": "Ta bort dokument", "en": "Remove a document"},
    "remove_select": {"sv": "Dokument", "en": "Document"},
    "remove_button": {"sv": "Ta bort …", "en": "Remove …"},
    "remove_confirm": {
        "sv": "Vill du ta bort **{title}**? Dokumentet försvinner ur sökindexet och kan inte längre citeras.",
        "en": "Remove **{title}**? The document leaves the search index and can no longer be cited.",
    },
    "remove_yes": {"sv": "Ja, ta bort", "en": "Yes, remove"},
    "cancel": {"sv": "Avbryt", "en": "Cancel"},
    "removed": {"sv": "{title} är borttaget.", "en": "{title} has been removed."},
    "doc_tables": {"sv": "Tabeller i dokumentet", "en": "Tables in the document"},
    "doc_tables_select": {"sv": "Visa tabeller i", "en": "Show tables in"},
    "doc_no_tables": {"sv": "Inga tabeller hittades i dokumentet.", "en": "No tables were found in the document."},
    # --- recommendations -----------------------------------------------------------
    "recs_title": {"sv": "Revisionens rekommendationer", "en": "The auditors' recommendations"},
    "recs_caption": {
        "sv": "Varje rekommendation med status och underlag från uppföljande dokument.",
        "en": "Every recommendation with its status and evidence from follow-up documents.",
    },
    "recs_unavailable": {
        "sv": "Uppföljningen av rekommendationer är inte tillgänglig ännu i den här installationen.",
        "en": "Recommendation tracking is not available yet in this installation.",
    },
    "recs_empty": {"sv": "Inga rekommendationer hittades.", "en": "No recommendations were found."},
    "recs_none_match": {
        "sv": "Inga rekommendationer matchar filtret.",
        "en": "No recommendations match the filter.",
    },
    "filter_report": {"sv": "Rapport", "en": "Report"},
    "filter_addressee": {"sv": "Nämnd / styrelse", "en": "Board / committee"},
    "filter_status": {"sv": "Status", "en": "Status"},
    "filter_all": {"sv": "Alla", "en": "All"},
    "rec_heading": {"sv": "Rekommendation {number}", "en": "Recommendation {number}"},
    "rec_to": {"sv": "Till: {addressee}", "en": "To: {addressee}"},
    "rec_reason": {"sv": "Skäl: {reason}", "en": "Reason: {reason}"},
    "rec_by_committee": {"sv": "Status per nämnd/styrelse", "en": "Status per committee"},
    "rec_committee_line": {"sv": "{committee}: {status}", "en": "{committee}: {status}"},
    "rec_history": {"sv": "Status över tid", "en": "Status over time"},
    "rec_history_line": {"sv": "{date} · {title}: {status}", "en": "{date} · {title}: {status}"},
    "rec_uncertain": {"sv": "Osäker koppling: uppföljningen nämner inte granskningen uttryckligen.",
                      "en": "Uncertain link: the follow-up does not name the audit explicitly."},
    "rec_committee": {"sv": "Nämnd/styrelse: {name}", "en": "Committee: {name}"},
    "rec_source": {"sv": "{title}, sida {page}", "en": "{title}, page {page}"},
    "evidence": {"sv": "Underlag ({n})", "en": "Evidence ({n})"},
    "rec_mentions": {"sv": "Nämns utan att något sägs om åtgärder: {where}",
                     "en": "Mentioned without a word on measures: {where}"},
    "no_evidence": {"sv": "Inget underlag hittades i senare dokument.", "en": "No evidence found in later documents."},
    "crit_title": {"sv": "Formell kritik (anmärkning)", "en": "Formal criticism"},
    "crit_caption": {"sv": "Anmärkningar, erinringar och avstyrkt ansvarsfrihet i revisorernas berättelser, med nämndens svar.",
                     "en": "Criticism, reprimands and refused discharge in the auditors' statements, with the committee's answer."},
    "crit_heading": {"sv": "{committee} — {kind}", "en": "{committee} — {kind}"},
    "crit_for": {"sv": "Avser: {text}", "en": "For: {text}"},
    "crit_answer": {"sv": "Nämndens svar", "en": "The committee's answer"},
    "crit_no_answer": {"sv": "Inget svar från nämnden hittades.", "en": "No answer from the committee was found."},
    "status_atgardad": {"sv": "Åtgärdad", "en": "Implemented"},
    "status_delvis": {"sv": "Delvis", "en": "Partly"},
    "status_ej_atgardad": {"sv": "Ej åtgärdad", "en": "Not implemented"},
    "status_oklart": {"sv": "Oklart", "en": "Unclear"},
    "showing_n_of_m": {"sv": "Visar {n} av {m}", "en": "Showing {n} of {m}"},
    # --- document types ------------------------------------------------------------
    "type_verksamhetsberattelse": {"sv": "Verksamhetsberättelse", "en": "Activity report"},
    "type_granskningsrapport": {"sv": "Granskningsrapport", "en": "Audit report"},
    "type_regionplan": {"sv": "Regionplan", "en": "Regional plan"},
    "type_yttrande": {"sv": "Yttrande", "en": "Statement"},
    "type_arsredovisning": {"sv": "Årsredovisning", "en": "Annual report"},
    "type_delarsrapport": {"sv": "Delårsrapport", "en": "Interim report"},
    "type_protokoll": {"sv": "Protokoll", "en": "Minutes"},
}

from ui.i18n_more import MORE  # noqa: E402

STRINGS.update(MORE)


def t(key: str, lang: str = DEFAULT_LANG, **fmt: object) -> str:
    """The string for ``key`` in ``lang`` (Swedish if missing), formatted with ``fmt``."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**fmt) if fmt else text


def doc_type_label(document_type: str | None, lang: str = DEFAULT_LANG) -> str:
    if not document_type:
        return "–"
    key = f"type_{document_type}"
    return t(key, lang) if key in STRINGS else document_type.replace("_", " ").capitalize()
