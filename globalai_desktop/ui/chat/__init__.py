"""Chat tab widgets: conversation list, message view, Markdown rendering, composer, settings panel."""
