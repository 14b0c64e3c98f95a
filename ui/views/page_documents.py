"""Page entry for st.navigation (a file so AppTest can switch to it)."""

from ui.views.documents import render

render()
