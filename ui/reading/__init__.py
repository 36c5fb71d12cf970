"""The reading room: viewports, annotation tools, the study browser, compare with prior, the volume bar, PACS."""
