"""UI strings of the workflow pages (uploads with progress, metadata, collections, saved chats, page images),
merged into ``ui.i18n.STRINGS``."""

from __future__ import annotations

MORE: dict[str, dict[str, str]] = {
    "upload_label_many": {"sv": "PDF-filer (en eller flera)", "en": "PDF files (one or more)"},
    "upload_limit": {"sv": "Högst {mb} MB per fil.", "en": "At most {mb} MB per file."},
    "upload_button_many": {"sv": "Läs in", "en": "Ingest"},
    "upload_queued": {"sv": "{name}: i kö (plats {n})", "en": "{name}: queued (position {n})"},
    "stage_queued": {"sv": "i kö", "en": "queued"},
    "stage_parse": {"sv": "tolkar sidor", "en": "parsing pages"},
    "stage_ocr": {"sv": "tolkar skannade sidor (OCR)", "en": "reading scanned pages (OCR)"},
    "stage_embed": {"sv": "bygger sökindex", "en": "building the search index"},
    "stage_store": {"sv": "sparar", "en": "storing"},
    "stage_done": {"sv": "klar", "en": "done"},
    "stage_failed": {"sv": "misslyckades", "en": "failed"},
    "job_progress": {"sv": "{name} · {stage} · sida {done} av {total}", "en": "{name} · {stage} · page {done} of {total}"},
    "job_eta": {"sv": " · cirka {s} s kvar", "en": " · about {s} s left"},
    "upload_all_done": {"sv": "Inläsningen är klar.", "en": "Ingestion finished."},
}

MORE.update({
    "meta_optional": {"sv": "Uppgifter om dokumentet (valfritt)", "en": "About the document (optional)"},
    "meta_title": {"sv": "Titel", "en": "Title"},
    "meta_organisation": {"sv": "Organisation", "en": "Organisation"},
    "meta_type": {"sv": "Dokumenttyp", "en": "Document type"},
    "meta_year": {"sv": "År", "en": "Year"},
    "meta_period": {"sv": "Period", "en": "Period"},
    "meta_period_help": {"sv": "T.ex. januari–augusti 2023", "en": "E.g. January–August 2023"},
    "meta_date": {"sv": "Datum (ÅÅÅÅ-MM-DD)", "en": "Date (YYYY-MM-DD)"},
    "meta_collection": {"sv": "Samling", "en": "Collection"},
    "meta_inferred": {"sv": "Lämna tomt för det som läses ut ur dokumentet.",
                      "en": "Leave empty for what is read from the document."},
    "meta_edit_title": {"sv": "Ändra uppgifter om ett dokument", "en": "Edit a document's details"},
    "meta_edit_select": {"sv": "Dokument", "en": "Document"},
    "meta_save": {"sv": "Spara uppgifterna", "en": "Save the details"},
    "meta_saved": {"sv": "Uppgifterna om {title} är sparade.", "en": "The details of {title} are saved."},
    "meta_no_reembed": {"sv": "Texten och sökindexet ändras inte; bara uppgifterna.",
                        "en": "The text and the search index stay; only the details change."},
    "type_none": {"sv": "(ingen)", "en": "(none)"},
    "col_collection": {"sv": "Samling", "en": "Collection"},
    "col_organisation": {"sv": "Organisation", "en": "Organisation"},
})

MORE.update({
    "page_image_caption": {"sv": "{title}, sida {page}: citatet är markerat på sidan.",
                           "en": "{title}, page {page}: the quote is marked on the page."},
    "page_image_unavailable": {"sv": "Sidbilden kan inte visas; texten nedan är sidans lagrade text.",
                               "en": "The page image cannot be shown; below is the page's stored text."},
})

MORE.update({
    "new_chat": {"sv": "Nytt samtal", "en": "New conversation"},
    "saved_chats": {"sv": "Sparade samtal", "en": "Saved conversations"},
    "no_saved_chats": {"sv": "Inga sparade samtal ännu.", "en": "No saved conversations yet."},
    "delete_chat": {"sv": "Ta bort samtalet", "en": "Delete the conversation"},
    "chat_not_saved": {"sv": "Samtalet kunde inte sparas: {error}", "en": "The conversation could not be saved: {error}"},
})

MORE.update({
    "collection_picker": {"sv": "Samling", "en": "Collection"},
    "collection_all": {"sv": "Alla samlingar", "en": "All collections"},
    "collection_picker_help": {"sv": "Sök, visa och ladda upp i en samling i taget.",
                               "en": "Search, list and upload in one collection at a time."},
})

MORE.update({
    "uploader_drop": {"sv": "Dra och släpp PDF-filer här", "en": "Drag and drop PDF files here"},
    "uploader_browse": {"sv": "Välj filer", "en": "Browse files"},
})
