"""The declarative model catalog: text models and media families as data.

One catalog drives the Chat model picker, the Image/Video forms, validation before a
request leaves the machine, request building and the simulator's own validation::

    from globalai_desktop.catalog import load_catalog
    cat = load_catalog(extra_files=[admin_file])     # CatalogError if a file is broken
    fam = cat.family_for_model("veo_3_1_fast")
    body = fam.build_body("veo_3_1_fast", {"prompt": "a cat", "resolution": "4k"})
    # -> {"model": "veo_3_1_fast", "prompt": "a cat", "resolution": "4K"}

Qt-free and httpx-free.  Data: ``catalog.json`` next to this file.
"""

from .catalog import Catalog, load_catalog
from .family import MediaFamily
from .specs import (CatalogError, CatalogValidationError, ExclusiveGroup, FieldSpec, MediaModel,
                    Rule, TextModel, ValidationIssue)

__all__ = [
    "load_catalog", "Catalog", "MediaFamily", "MediaModel", "FieldSpec", "ExclusiveGroup",
    "TextModel", "ValidationIssue", "CatalogError", "CatalogValidationError", "Rule",
]
