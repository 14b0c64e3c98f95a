"""The few CSS rules the theme cannot express: marked quotes, passages and citation chips."""

CSS = """
<style>
.rt-passage {
  background: #FBF8F7; border-left: 3px solid #9B1B30; border-radius: 0 .5rem .5rem 0;
  padding: .75rem 1rem; line-height: 1.65; font-size: .95rem; color: #3a3335;
  max-height: 26rem; overflow-y: auto; margin-bottom: .5rem;
}
.rt-passage mark {
  background: #FFE58F; color: #1c1718; padding: .05em .15em; border-radius: .2em;
  box-shadow: 0 1px 0 #E0B700;
}
span.rt-cite {
  display: inline-block; min-width: 1.25em; padding: 0 .35em; margin: 0 .1em;
  font-size: .72em; font-weight: 700; line-height: 1.35em; text-align: center;
  color: #fff; background: #9B1B30; border-radius: .7em; vertical-align: .35em;
}
[class*="st-key-example-"] button { justify-content: flex-start; text-align: left; min-height: 3.1rem; }
[class*="st-key-example-"] button p { white-space: normal; text-align: left; }
[class*="st-key-example-"] button > div { justify-content: flex-start; width: 100%; }
[data-testid="stChatMessage"] { padding-top: .25rem; padding-bottom: .25rem; }
[data-testid="stMainBlockContainer"] { padding-top: 2.5rem; max-width: 1280px; }
</style>
"""


def uploader_css(drop: str, browse: str, limit: str) -> str:
    """Streamlit's file uploader speaks only English: its texts replaced by ours (the UI's language)."""
    def q(text: str) -> str:
        return '"' + text.replace("\\\\", "").replace('"', "'") + '"'

    return f"""
<style>
[data-testid="stFileUploaderDropzoneInstructions"] span {{ display: none; }}
[data-testid="stFileUploaderDropzoneInstructions"] > div::before {{ content: {q(drop)}; display: block; }}
[data-testid="stFileUploaderDropzoneInstructions"] > div::after {{
  content: {q(limit)}; display: block; font-size: .8rem; opacity: .7; }}
[data-testid="stFileUploaderDropzone"] button[data-testid="stBaseButton-secondary"] > * {{ display: none; }}
[data-testid="stFileUploaderDropzone"] button[data-testid="stBaseButton-secondary"]::after {{
  content: {q(browse)}; font-size: .9rem; }}
</style>
"""
