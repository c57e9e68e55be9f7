using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Dataset.Core.Model;

namespace Dataset.Tool.Card;

/// <summary>
/// The entities as a graph: a node per entity (area by how often the corpus names it, colour by kind), joined by
/// the events they share (grey, wider for more shared events: participants, place and sources of one event) and by
/// relations (coloured by type, labelled). Laid out by a seeded, fixed-iteration force simulation, so the same data
/// gives the same picture. Every entity is drawn as a <c>g</c> with <c>data-entity="id"</c>.
/// </summary>
internal static class GraphSvg
{
    private const int Size = 1200;
    private const int Legend = 150;

    /// <summary>The most entities drawn: a larger registry shows the most named and connected ones.</summary>
    public const int MaxEntities = 250;

    private static readonly (string Kind, string Colour)[] Kinds =
    {
        ("country", "#2b6cb0"), ("person", "#c05621"), ("organization", "#2f855a"), ("place", "#6b46c1"), ("force", "#b83280"),
        ("weapon", "#c53030"), ("vessel", "#2c7a7b"), ("agreement", "#975a16"), ("work", "#4a5568"),
    };

    /// <summary>Writes the SVG.</summary>
    public static string Write(CardModel card)
    {
        var mentions = new Dictionary<string, int>(StringComparer.Ordinal);
        var shared = new Dictionary<(string, string), int>();
        var relations = new List<(string From, string To, string Type)>();
        foreach (var a in card.Articles)
        {
            foreach (var m in a.Facts.Mentions)
            {
                mentions[m.Entity.Id] = (mentions.TryGetValue(m.Entity.Id, out var n) ? n : 0) + m.Count;
            }

            foreach (var e in a.Facts.Events)
            {
                var ids = e.Participants.Select(p => p.Entity.Id)
                    .Concat(e.Place is null ? Array.Empty<string>() : new[] { e.Place.Id })
                    .Concat(e.Factuality.Where(f => f.Entity is not null).Select(f => f.Entity!.Id))
                    .Where(card.Entities.ContainsKey)
                    .Distinct(StringComparer.Ordinal)
                    .OrderBy(x => x, StringComparer.Ordinal)
                    .ToList();
                for (var i = 0; i < ids.Count; i++)
                {
                    for (var j = i + 1; j < ids.Count; j++)
                    {
                        shared[(ids[i], ids[j])] = (shared.TryGetValue((ids[i], ids[j]), out var n) ? n : 0) + 1;
                    }
                }
            }

            foreach (var r in a.Facts.Relations)
            {
                if (card.Entities.ContainsKey(r.Subject.Id) && card.Entities.ContainsKey(r.Object.Id) && r.Subject.Id != r.Object.Id)
                {
                    relations.Add((r.Subject.Id, r.Object.Id, card.Terms.Code(TermSet.RelationType, r.Type)));
                }
            }
        }

        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ((x, y), n) in shared)
        {
            degree[x] = (degree.TryGetValue(x, out var dx) ? dx : 0) + n;
            degree[y] = (degree.TryGetValue(y, out var dy) ? dy : 0) + n;
        }

        foreach (var (x, y, _) in relations)
        {
            degree[x] = (degree.TryGetValue(x, out var dx) ? dx : 0) + 1;
            degree[y] = (degree.TryGetValue(y, out var dy) ? dy : 0) + 1;
        }

        int Weight(string id) => (mentions.TryGetValue(id, out var m) ? m : 0) + (degree.TryGetValue(id, out var d) ? d : 0);
        var nodes = card.Entities.Values
            .OrderByDescending(e => Weight(e.Id))
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(MaxEntities)
            .OrderBy(e => KindIndex(e.Kind))
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var index = nodes.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var edges = shared.Where(kv => index.ContainsKey(kv.Key.Item1) && index.ContainsKey(kv.Key.Item2))
            .Select(kv => (A: index[kv.Key.Item1], B: index[kv.Key.Item2], W: kv.Value))
            .Concat(relations.Where(r => index.ContainsKey(r.From) && index.ContainsKey(r.To)).Select(r => (A: index[r.From], B: index[r.To], W: 2)))
            .OrderBy(e => e.A).ThenBy(e => e.B)
            .ToList();

        // Entities joined to none are set out in rows below the graph, so that the joined ones fill the picture.
        var joined = new HashSet<int>(edges.SelectMany(e => new[] { e.A, e.B }));
        var lone = Enumerable.Range(0, nodes.Count).Where(i => !joined.Contains(i)).ToList();
        var loneRows = (lone.Count + 3) / 4;
        var graphHeight = Size - 60 - (loneRows * 22) - (lone.Count > 0 ? 40 : 0);
        var pos = Layout(nodes.Count, edges, joined, Math.Max(300, graphHeight));
        for (var i = 0; i < lone.Count; i++)
        {
            pos[lone[i]] = (30 + ((i % 4) * 290), graphHeight + 110 + ((i / 4) * 22));
        }
        var radius = nodes.Select(e => 4 + (1.6 * Math.Sqrt(mentions.TryGetValue(e.Id, out var m) ? m : 0))).ToArray();

        var height = Size + Legend;
        var s = new StringBuilder();
        s.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Size).Append("\" height=\"").Append(height).Append("\" viewBox=\"0 0 ").Append(Size).Append(' ').Append(height)
            .Append("\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\" font-size=\"11\">\n<title>Entity graph</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        s.Append("<text x=\"20\" y=\"28\" font-size=\"17\" font-weight=\"600\" fill=\"#1a202c\">Entities joined by shared events and relations (").Append(card.Entities.Count).Append(" entities)</text>\n");

        s.Append("<g stroke=\"#a0aec0\" stroke-opacity=\"0.55\">\n");
        foreach (var ((x, y), n) in shared.Where(kv => index.ContainsKey(kv.Key.Item1) && index.ContainsKey(kv.Key.Item2)).OrderBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal))
        {
            var (a, b) = (pos[index[x]], pos[index[y]]);
            s.Append("<line x1=\"").Append(Svg.N(a.X)).Append("\" y1=\"").Append(Svg.N(a.Y)).Append("\" x2=\"").Append(Svg.N(b.X)).Append("\" y2=\"").Append(Svg.N(b.Y))
                .Append("\" stroke-width=\"").Append(Svg.N(Math.Min(6, 0.6 + (0.8 * n)))).Append("\"><title>").Append(Svg.X(card.Entities[x].Name + " \u2013 " + card.Entities[y].Name + ": " + n + " shared event(s)")).Append("</title></line>\n");
        }

        s.Append("</g>\n<g fill=\"none\" stroke-width=\"2\">\n");
        foreach (var (x, y, type) in relations.Where(r => index.ContainsKey(r.From) && index.ContainsKey(r.To)).Distinct().OrderBy(r => r.From, StringComparer.Ordinal).ThenBy(r => r.To, StringComparer.Ordinal).ThenBy(r => r.Type, StringComparer.Ordinal))
        {
            var (a, b) = (pos[index[x]], pos[index[y]]);

            // A gentle arc, so a relation stays visible over a shared-event line between the same two entities.
            var (mx, my) = (((a.X + b.X) / 2) + ((b.Y - a.Y) * 0.12), ((a.Y + b.Y) / 2) - ((b.X - a.X) * 0.12));
            s.Append("<path d=\"M").Append(Svg.N(a.X)).Append(' ').Append(Svg.N(a.Y)).Append(" Q").Append(Svg.N(mx)).Append(' ').Append(Svg.N(my)).Append(' ').Append(Svg.N(b.X)).Append(' ').Append(Svg.N(b.Y))
                .Append("\" stroke=\"").Append(RelationColour(type)).Append("\" stroke-dasharray=\"").Append(type is "conflict" or "competition" or "opposition" or "isolation" ? "6 3" : "none")
                .Append("\"><title>").Append(Svg.X(card.Entities[x].Name + " \u2192 " + card.Entities[y].Name + ": " + type)).Append("</title></path>\n");
        }

        s.Append("</g>\n");
        if (lone.Count > 0)
        {
            s.Append("<text x=\"20\" y=\"").Append(graphHeight + 86).Append("\" font-size=\"13\" font-weight=\"600\" fill=\"#4a5568\">Named, but sharing no event or relation with another entity (").Append(lone.Count).Append(")</text>\n");
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            var e = nodes[i];
            var (x, y) = pos[i];
            var m = mentions.TryGetValue(e.Id, out var n) ? n : 0;
            s.Append("<g data-entity=\"").Append(Svg.X(e.Id)).Append("\"><title>").Append(Svg.X(e.Name + " (" + e.Kind + "): named " + m + " time(s). " + e.Description)).Append("</title>")
                .Append("<circle cx=\"").Append(Svg.N(x)).Append("\" cy=\"").Append(Svg.N(y)).Append("\" r=\"").Append(Svg.N(radius[i])).Append("\" fill=\"").Append(Colour(e.Kind)).Append("\" fill-opacity=\"0.85\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>")
                .Append("<text x=\"").Append(Svg.N(x + radius[i] + 3)).Append("\" y=\"").Append(Svg.N(y + 4)).Append("\" fill=\"#1a202c\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">").Append(Svg.X(Svg.Short(e.Name, 28))).Append("</text></g>\n");
        }

        var ly = Size + 20;
        var lx = 20;
        foreach (var (kind, colour) in Kinds)
        {
            s.Append("<circle cx=\"").Append(lx + 6).Append("\" cy=\"").Append(ly).Append("\" r=\"6\" fill=\"").Append(colour).Append("\"/><text x=\"").Append(lx + 16).Append("\" y=\"").Append(ly + 4).Append("\" fill=\"#4a5568\">").Append(kind).Append("</text>\n");
            lx += 30 + (kind.Length * 7);
        }

        ly += 28;
        s.Append("<line x1=\"20\" y1=\"").Append(ly).Append("\" x2=\"50\" y2=\"").Append(ly).Append("\" stroke=\"#a0aec0\" stroke-width=\"3\"/><text x=\"56\" y=\"").Append(ly + 4).Append("\" fill=\"#4a5568\">shared events (wider: more)</text>\n");
        lx = 250;
        foreach (var type in relations.Select(r => r.Type).Distinct().OrderBy(t => t, StringComparer.Ordinal))
        {
            s.Append("<line x1=\"").Append(lx).Append("\" y1=\"").Append(ly).Append("\" x2=\"").Append(lx + 30).Append("\" y2=\"").Append(ly).Append("\" stroke=\"").Append(RelationColour(type))
                .Append("\" stroke-width=\"2\" stroke-dasharray=\"").Append(type is "conflict" or "competition" or "opposition" or "isolation" ? "6 3" : "none").Append("\"/><text x=\"").Append(lx + 36).Append("\" y=\"").Append(ly + 4).Append("\" fill=\"#4a5568\">").Append(type).Append("</text>\n");
            lx += 50 + (type.Length * 7);
            if (lx > Size - 150)
            {
                lx = 250;
                ly += 20;
            }
        }

        s.Append("<text x=\"20\" y=\"").Append(Size + Legend - 16).Append("\" fill=\"#718096\">Node area: how often the corpus names the entity. Relations are coloured arcs (dashed: adversarial).")
            .Append(card.Entities.Count > nodes.Count ? " The " + nodes.Count + " most named and connected of " + card.Entities.Count + " entities are drawn." : string.Empty).Append("</text>\n");
        s.Append("</svg>\n");
        return s.ToString();
    }

    private static (double X, double Y)[] Layout(int n, List<(int A, int B, int W)> edges, HashSet<int> joined, int height)
    {
        // Start on a circle (kind by kind), then Fruchterman-Reingold with a cooling schedule; fixed iterations, no randomness.
        var p = new (double X, double Y)[n];
        var area = (Size - 160.0) * (height - 60.0);
        var k = Math.Sqrt(area / Math.Max(1, joined.Count)) * 0.75;
        for (var i = 0; i < n; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(1, n);
            p[i] = (Math.Cos(angle) * 400, Math.Sin(angle) * 400);
        }

        var temperature = 120.0;
        for (var iteration = 0; iteration < 400; iteration++)
        {
            var d = new (double X, double Y)[n];
            for (var i = 0; i < n; i++)
            {
                if (!joined.Contains(i))
                {
                    continue;
                }

                for (var j = i + 1; j < n; j++)
                {
                    if (!joined.Contains(j))
                    {
                        continue;
                    }

                    var dx = p[i].X - p[j].X;
                    var dy = p[i].Y - p[j].Y;
                    var dist = Math.Max(0.5, Math.Sqrt((dx * dx) + (dy * dy)));
                    var force = k * k / dist;
                    d[i] = (d[i].X + (dx / dist * force), d[i].Y + (dy / dist * force));
                    d[j] = (d[j].X - (dx / dist * force), d[j].Y - (dy / dist * force));
                }
            }

            foreach (var (a, b, w) in edges)
            {
                var dx = p[a].X - p[b].X;
                var dy = p[a].Y - p[b].Y;
                var dist = Math.Max(0.5, Math.Sqrt((dx * dx) + (dy * dy)));
                var force = dist * dist / k * Math.Min(3, 0.5 + (0.25 * w));
                d[a] = (d[a].X - (dx / dist * force), d[a].Y - (dy / dist * force));
                d[b] = (d[b].X + (dx / dist * force), d[b].Y + (dy / dist * force));
            }

            for (var i = 0; i < n; i++)
            {
                // A weak pull to the centre keeps unconnected entities on the page.
                d[i] = (d[i].X - (p[i].X * 0.02 * k / 10), d[i].Y - (p[i].Y * 0.02 * k / 10));
                var length = Math.Max(0.01, Math.Sqrt((d[i].X * d[i].X) + (d[i].Y * d[i].Y)));
                var step = Math.Min(length, temperature);
                p[i] = (p[i].X + (d[i].X / length * step), p[i].Y + (d[i].Y / length * step));
            }

            temperature = Math.Max(1.5, temperature * 0.985);
        }

        // Fit the joined entities into the page, leaving room on the right for labels.
        var placed = joined.Count == 0 ? new[] { (X: 0.0, Y: 0.0) } : joined.Select(i => p[i]).ToArray();
        var minX = placed.Min(q => q.X);
        var maxX = placed.Max(q => q.X);
        var minY = placed.Min(q => q.Y);
        var maxY = placed.Max(q => q.Y);
        var scaleX = (Size - 240) / Math.Max(1, maxX - minX);
        var scaleY = (height - 90) / Math.Max(1, maxY - minY);
        return p.Select(q => (60 + ((q.X - minX) * scaleX), 80 + ((q.Y - minY) * scaleY))).ToArray();
    }

    private static int KindIndex(string kind)
    {
        for (var i = 0; i < Kinds.Length; i++)
        {
            if (Kinds[i].Kind == kind)
            {
                return i;
            }
        }

        return Kinds.Length;
    }

    private static string Colour(string kind) => KindIndex(kind) < Kinds.Length ? Kinds[KindIndex(kind)].Colour : "#718096";

    private static string RelationColour(string type) => type switch
    {
        "alliance" => "#2f855a",
        "cooperation" => "#38a169",
        "support" => "#3182ce",
        "military-relations" => "#805ad5",
        "membership" => "#975a16",
        "conflict" => "#e53e3e",
        "competition" => "#dd6b20",
        "opposition" => "#c53030",
        _ => "#718096",
    };
}
