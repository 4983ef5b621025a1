"""The reader's widgets: article headers, sentence panes, the sidebar, the search bar."""
