"""The actor relations graph written as JSON, GraphML or GEXF (for Gephi, yEd, networkx, Cytoscape).

    write_graph("gexf", graph, sys.stdout)

Nodes carry the actor's name, ACLED type and country; edges the pair's state (allied, hostile, mixed),
its sign, how many friendly and hostile pieces of evidence, first and last dates and the kinds of
evidence. JSON also carries every piece of evidence and the timeline; GEXF carries each edge's first
and last dates as its time interval.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TextIO
from xml.sax.saxutils import quoteattr

from sigacts.errors import ConfigError
from sigacts.relations.graph import RelationGraph, edge_summary, node_json

NODE_ATTRS = (("name", "string"), ("actor_id", "string"), ("type", "string"), ("country_code", "string"))
EDGE_ATTRS = (("state", "string"), ("sign", "int"), ("friendly", "int"), ("hostile", "int"),
              ("first", "string"), ("last", "string"), ("kinds", "string"))  # fmt: skip


def _edges(graph: RelationGraph) -> list[dict[str, object]]:
    edges = []
    for pair in sorted(graph.pairs.values(), key=lambda p: (p.a, p.b)):
        state = graph.state(pair)
        if state is not None:
            edge = edge_summary(pair, state)
            edge["kinds"] = ",".join(f"{k}:{n}" for k, n in sorted(edge["kinds"].items()))  # type: ignore[attr-defined]
            edges.append(edge)
    return edges


def _nodes(graph: RelationGraph, edges: list[dict[str, object]]) -> list[dict[str, object]]:
    used = {str(e[end]) for e in edges for end in ("source", "target")}
    return [node_json(key, actor) for key, actor in sorted(graph.nodes.items()) if key in used]


def write_graph_json(graph: RelationGraph, out: TextIO) -> int:
    """The graph as one JSON object (nodes, edges with timeline and evidence); returns the edge count."""
    doc = graph.to_json()
    out.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    return len(doc["edges"])  # type: ignore[arg-type]


def _value(value: object) -> str:
    return quoteattr("" if value is None else str(value))


def write_graphml(graph: RelationGraph, out: TextIO) -> int:
    """The graph as GraphML (undirected); returns the edge count."""
    edges = _edges(graph)
    out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
    )
    out.writelines(
        f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="{kind}"/>\n'
        for name, kind in NODE_ATTRS
    )
    out.writelines(
        f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="{kind}"/>\n'
        for name, kind in EDGE_ATTRS
    )
    out.write('  <graph id="actors" edgedefault="undirected">\n')
    for node in _nodes(graph, edges):
        data = "".join(f'<data key="n_{n}">{_text(node[n])}</data>' for n, _ in NODE_ATTRS)
        out.write(f"    <node id={_value(node['id'])}>{data}</node>\n")
    for i, edge in enumerate(edges):
        data = "".join(f'<data key="e_{n}">{_text(edge[n])}</data>' for n, _ in EDGE_ATTRS)
        out.write(
            f'    <edge id="e{i}" source={_value(edge["source"])} target={_value(edge["target"])}>{data}</edge>\n'
        )
    out.write("  </graph>\n</graphml>\n")
    return len(edges)


def write_gexf(graph: RelationGraph, out: TextIO) -> int:
    """The graph as GEXF 1.3 with each edge's first and last dates as its interval; returns the edge count."""
    edges = _edges(graph)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n')
    out.write('  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">\n')
    out.write('    <attributes class="node">\n')
    out.writelines(
        f'      <attribute id="{i}" title="{name}" type="{kind}"/>\n'
        for i, (name, kind) in enumerate(NODE_ATTRS[1:])
    )
    out.write('    </attributes>\n    <attributes class="edge">\n')
    out.writelines(
        f'      <attribute id="{i}" title="{name}" type="{"integer" if kind == "int" else kind}"/>\n'
        for i, (name, kind) in enumerate(EDGE_ATTRS)
    )
    out.write("    </attributes>\n    <nodes>\n")
    for node in _nodes(graph, edges):
        values = "".join(
            f'<attvalue for="{i}" value={_value(node[n])}/>' for i, (n, _) in enumerate(NODE_ATTRS[1:])
        )
        out.write(
            f"      <node id={_value(node['id'])} label={_value(node['name'])}><attvalues>{values}</attvalues></node>\n"
        )
    out.write("    </nodes>\n    <edges>\n")
    for i, edge in enumerate(edges):
        values = "".join(
            f'<attvalue for="{j}" value={_value(edge[n])}/>' for j, (n, _) in enumerate(EDGE_ATTRS)
        )
        span = "".join(f" {k}={_value(edge[v])}" for k, v in (("start", "first"), ("end", "last")) if edge[v])
        weight = int(edge["friendly"]) + int(edge["hostile"])  # type: ignore[call-overload]
        out.write(f"      <edge id=\"{i}\" source={_value(edge['source'])} target={_value(edge['target'])}"
                  f" weight=\"{weight}\"{span}><attvalues>{values}</attvalues></edge>\n")  # fmt: skip
    out.write("    </edges>\n  </graph>\n</gexf>\n")
    return len(edges)


def _text(value: object) -> str:
    return _value(value)[1:-1]


GRAPH_FORMATS: dict[str, Callable[[RelationGraph, TextIO], int]] = {
    "json": write_graph_json,
    "graphml": write_graphml,
    "gexf": write_gexf,
}


def write_graph(fmt: str, graph: RelationGraph, out: TextIO) -> int:
    """Write the graph in `fmt` (json, graphml or gexf); returns how many edges; ConfigError if unknown."""
    writer = GRAPH_FORMATS.get(fmt)
    if writer is None:
        raise ConfigError(f"unknown graph format {fmt!r}; choose one of: {', '.join(GRAPH_FORMATS)}")
    return writer(graph, out)
