"""`QT_TRANSLATE_NOOP` without Qt: marks a catalogue text for `pyside6-lupdate`, returns it as is.

The services may not import Qt; lupdate only looks for the name, so this stand-in is enough for
the texts to land in the "Problems" context of the translation file.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
