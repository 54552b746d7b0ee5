#!/usr/bin/env python3
# Opens a Salvo GeoPackage in QGIS (python3-qgis, headless) and checks what a QGIS user gets: every layer's default
# style from layer_styles loads, with the renderer and the temporal settings Salvo wrote, and QGIS's own temporal
# filter on tracks.time selects the expected number of samples in a window.
# Usage: qgis_default_styles.py FILE.gpkg WINDOW_START WINDOW_END EXPECTED_TRACK_SAMPLES   (ISO instants, UTC)
# Prints one line per problem and exits 1 when there is any.
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (QgsApplication, QgsDateTimeRange, QgsFeatureRequest, QgsVectorLayer,  # noqa: E402
                       QgsVectorLayerTemporalContext)
from qgis.PyQt.QtCore import QDateTime, Qt  # noqa: E402

# layer: (renderer type, category attribute, temporal start field, temporal end field)
EXPECTED = {
    "places": ("categorizedSymbol", "role", None, None),
    "events": ("singleSymbol", None, "time_start", "time_end"),
    "routes": ("categorizedSymbol", "outcome", "launch_time", "end_time"),
    "tracks": ("singleSymbol", None, "time", ""),
    "crash_zones": ("categorizedSymbol", "kind", "time", ""),
    "corridors": ("singleSymbol", None, None, None),
}


def check_layer(path, name, problems):
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not layer.isValid():
        problems.append(f"{name}: QGIS cannot open the layer")
        return None
    message, loaded = layer.loadDefaultStyle()
    if not loaded:
        problems.append(f"{name}: no default style loaded ({message})")
        return None
    renderer, attribute, start, end = EXPECTED[name]
    if layer.renderer().type() != renderer:
        problems.append(f"{name}: renderer {layer.renderer().type()}, expected {renderer}")
    elif attribute and layer.renderer().classAttribute() != attribute:
        problems.append(f"{name}: categories by {layer.renderer().classAttribute()}, expected {attribute}")
    temporal = layer.temporalProperties()
    if start is None:
        if temporal.isActive():
            problems.append(f"{name}: temporal settings where none were written")
    elif not temporal.isActive() or temporal.startField() != start or temporal.endField() != end:
        problems.append(f"{name}: temporal {temporal.isActive()} {temporal.startField()!r} {temporal.endField()!r}, "
                        f"expected {start!r} {end!r}")
    return layer


def main(argv):
    path, window_start, window_end, expected = argv[1], argv[2], argv[3], int(argv[4])
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    problems = []
    layers = {name: check_layer(path, name, problems) for name in EXPECTED}
    tracks = layers["tracks"]
    if tracks is not None and tracks.temporalProperties().isActive():
        context = QgsVectorLayerTemporalContext()
        context.setLayer(tracks)
        window = QgsDateTimeRange(QDateTime.fromString(window_start, Qt.ISODateWithMs),
                                  QDateTime.fromString(window_end, Qt.ISODateWithMs), True, False)
        expression = tracks.temporalProperties().createFilterString(context, window)
        count = sum(1 for _ in tracks.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))
        print(f"tracks: QGIS's temporal filter {expression} selects {count}")
        if count != expected:
            problems.append(f"tracks: QGIS's temporal filter selects {count} samples, expected {expected}")
    del tracks, layers  # layers outliving exitQgis() crash the interpreter at exit
    app.exitQgis()
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
