using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Dataset.Core.Common;
using Dataset.Core.Model;

namespace Dataset.Tool.Card;

/// <summary>
/// The events on a time axis, one row each, sorted by start: a bar from the first day of the value's start to the
/// last day of its end, so a bar is as wide as the value's precision (a year-precise event spans its year); open ends
/// fade out to the edge; a qualified value (before, after, approx, start, mid, end) gets a diamond and its qualifier;
/// the shade is the author's factuality (solid: certain; lighter: probable, possible; outlined: unknown; red: not).
/// Undated events are listed below the axis. Every event is drawn as a <c>g</c> with <c>data-event="article/id"</c>.
/// </summary>
internal static class TimelineSvg
{
    private const int Width = 1200;

    /// <summary>How wide a bar is drawn whose one end is unknown (<c>before</c>, <c>after</c>).</summary>
    private const double OpenWidth = 40;
    private const int Label = 430;
    private const int Row = 18;
    private const int Top = 58;

    /// <summary>The most events drawn; a larger corpus shows the first ones by start and says how many are left out.</summary>
    public const int MaxEvents = 600;

    /// <summary>Writes the SVG.</summary>
    public static string Write(CardModel card)
    {
        var all = card.Events.Select(x => (x.Article, x.Event, Time: CardModel.Parse(x.Event.Time))).ToList();
        var dated = all.Where(x => x.Time is { } t && (t.Start is not null || t.End is not null))
            .OrderBy(x => Start(x.Time!.Value))
            .ThenBy(x => End(x.Time!.Value))
            .ThenBy(x => x.Article.Id, StringComparer.Ordinal)
            .ThenBy(x => x.Event.Id, StringComparer.Ordinal)
            .ToList();
        var undated = all.Where(x => !dated.Contains(x)).ToList();
        var shown = dated.Take(MaxEvents).ToList();
        var left = Math.Max(0, dated.Count - shown.Count);
        var undatedShown = undated.Take(Math.Max(0, MaxEvents - shown.Count)).ToList();
        left += undated.Count - undatedShown.Count;

        var from = shown.Count == 0 ? new DateTime(2000, 1, 1) : shown.Min(x => Start(x.Time!.Value));
        var to = shown.Count == 0 ? new DateTime(2001, 1, 1) : shown.Max(x => End(x.Time!.Value));
        var firstYear = from.Year;
        var lastYear = to.Year + 1;
        var axisLeft = Label + 10.0;
        var axisRight = Width - 20.0;
        double X(DateTime d) => axisLeft + ((d - new DateTime(firstYear, 1, 1)).TotalDays / (new DateTime(lastYear, 1, 1) - new DateTime(firstYear, 1, 1)).TotalDays * (axisRight - axisLeft));

        var undatedTop = Top + (shown.Count * Row) + 40;
        var height = undatedTop + (undatedShown.Count == 0 ? 0 : 24 + (undatedShown.Count * Row)) + (left > 0 ? 24 : 0) + 70;
        var s = new StringBuilder();
        s.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height).Append("\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        s.Append("<title>Timeline of the events</title>\n");
        s.Append("<defs><linearGradient id=\"open-end\" x1=\"0\" x2=\"1\"><stop offset=\"0\" stop-color=\"#2b6cb0\"/><stop offset=\"1\" stop-color=\"#2b6cb0\" stop-opacity=\"0\"/></linearGradient>")
            .Append("<linearGradient id=\"open-start\" x1=\"1\" x2=\"0\"><stop offset=\"0\" stop-color=\"#2b6cb0\"/><stop offset=\"1\" stop-color=\"#2b6cb0\" stop-opacity=\"0\"/></linearGradient></defs>\n");
        s.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        s.Append("<text x=\"20\" y=\"26\" font-size=\"17\" font-weight=\"600\" fill=\"#1a202c\">Events by time (").Append(all.Count).Append(" events)</text>\n");

        // Year grid.
        var step = Math.Max(1, (int)Math.Ceiling((lastYear - firstYear) / 24.0));
        for (var y = firstYear; y <= lastYear; y += step)
        {
            var x = X(new DateTime(y, 1, 1));
            s.Append("<line x1=\"").Append(Svg.N(x)).Append("\" y1=\"").Append(Top - 14).Append("\" x2=\"").Append(Svg.N(x)).Append("\" y2=\"").Append(Top + (shown.Count * Row))
                .Append("\" stroke=\"#e2e8f0\"/>\n");
            if (y < lastYear) // a label names the year that starts at its line; the last line closes the axis
            {
                s.Append("<text x=\"").Append(Svg.N(x + 3)).Append("\" y=\"").Append(Top - 4).Append("\" fill=\"#4a5568\" font-size=\"11\">").Append(y).Append("</text>\n");
            }
        }

        for (var i = 0; i < shown.Count; i++)
        {
            var (article, e, time) = shown[i];
            var t = time!.Value;
            var y = Top + (i * Row);
            var x1 = t.Start is { } st ? X(st.First) : axisLeft;
            var x2 = t.End is { } en ? X(en.Last.AddDays(1)) : axisRight;
            var openStart = t.Start is null;
            var openEnd = t.End is null;
            if (e.Time?.Modifier is "before")
            {
                // Wholly before the value, how long before unknown: a bar fading out to the left of its first day.
                (x1, x2, openStart) = (Math.Max(axisLeft, x1 - OpenWidth), x1, true);
            }
            else if (e.Time?.Modifier is "after")
            {
                (x1, x2, openEnd) = (x2, Math.Min(axisRight, x2 + OpenWidth), true);
            }

            x2 = Math.Max(x2, x1 + 2.5);
            var (fill, stroke, opacity) = Shade(CardModel.AuthorFactuality(e));
            var paint = openStart ? "url(#open-start)" : openEnd ? "url(#open-end)" : fill;
            s.Append("<g data-event=\"").Append(Svg.X(article.Id + "/" + e.Id)).Append("\"><title>").Append(Svg.X(Tooltip(card, e))).Append("</title>");
            if (i % 2 == 0)
            {
                s.Append("<rect x=\"10\" y=\"").Append(y).Append("\" width=\"").Append(Width - 20).Append("\" height=\"").Append(Row).Append("\" fill=\"#f7fafc\"/>");
            }

            s.Append("<text x=\"20\" y=\"").Append(y + 13).Append("\" fill=\"#2d3748\">").Append(Svg.X(Svg.Short(card.Terms.Code(TermSet.EventType, e.Type) + " \u2013 " + e.Summary, 68))).Append("</text>");
            s.Append("<rect x=\"").Append(Svg.N(x1)).Append("\" y=\"").Append(y + 4).Append("\" width=\"").Append(Svg.N(x2 - x1)).Append("\" height=\"").Append(Row - 8)
                .Append("\" rx=\"2\" fill=\"").Append(paint).Append("\" fill-opacity=\"").Append(Svg.N(opacity)).Append("\" stroke=\"").Append(stroke).Append("\"/>");
            if (e.Time?.Modifier is { } mod)
            {
                var mx = mod switch { "before" => x2, "after" => x1, "start" => x1, "end" => x2, _ => (x1 + x2) / 2 };
                var cy = y + (Row / 2.0);
                s.Append("<path d=\"M").Append(Svg.N(mx)).Append(' ').Append(Svg.N(cy - 6)).Append(" l5 6 l-5 6 l-5 -6 z\" fill=\"#d69e2e\" stroke=\"#744210\"/>");
                // The word sits on the side the qualifier points to, clear of the bar: before and start to the left.
                var leftOfMark = mod is "before" or "start" || (mod is not "after" && mx + 48 > axisRight);
                var labelX = mod is "before" ? x1 - 4 : mod is "after" ? x2 + 4 : leftOfMark ? mx - 8 : mx + 8;
                s.Append("<text x=\"").Append(Svg.N(labelX)).Append("\" y=\"").Append(y + 13).Append("\" fill=\"#744210\" font-size=\"10\"")
                    .Append(leftOfMark ? " text-anchor=\"end\"" : string.Empty).Append('>').Append(Svg.X(mod)).Append("</text>");
            }

            s.Append("</g>\n");
        }

        if (undatedShown.Count > 0)
        {
            s.Append("<text x=\"20\" y=\"").Append(undatedTop).Append("\" font-weight=\"600\" fill=\"#1a202c\">Undated (").Append(undated.Count).Append(")</text>\n");
            for (var i = 0; i < undatedShown.Count; i++)
            {
                var (article, e, _) = undatedShown[i];
                var y = undatedTop + 8 + (i * Row);
                var (fill, stroke, opacity) = Shade(CardModel.AuthorFactuality(e));
                s.Append("<g data-event=\"").Append(Svg.X(article.Id + "/" + e.Id)).Append("\"><title>").Append(Svg.X(Tooltip(card, e))).Append("</title>")
                    .Append("<circle cx=\"26\" cy=\"").Append(y + 9).Append("\" r=\"5\" fill=\"").Append(fill).Append("\" fill-opacity=\"").Append(Svg.N(opacity)).Append("\" stroke=\"").Append(stroke).Append("\"/>")
                    .Append("<text x=\"38\" y=\"").Append(y + 13).Append("\" fill=\"#2d3748\">").Append(Svg.X(Svg.Short(card.Terms.Code(TermSet.EventType, e.Type) + " \u2013 " + e.Summary, 150))).Append("</text></g>\n");
            }
        }

        var legend = height - 40;
        if (left > 0)
        {
            s.Append("<text x=\"20\" y=\"").Append(legend - 20).Append("\" fill=\"#4a5568\">\u2026 and ").Append(left).Append(" more events not drawn</text>\n");
        }

        var lx = 20;
        foreach (var (name, value) in new[] { ("certain", "Certain"), ("probable", "Probable"), ("possible", "Possible"), ("unknown / only others report", "Unknown"), ("not (probable-not, certain-not)", "CertainNot") })
        {
            var (fill, stroke, opacity) = Shade(value);
            s.Append("<rect x=\"").Append(lx).Append("\" y=\"").Append(legend).Append("\" width=\"22\" height=\"10\" rx=\"2\" fill=\"").Append(fill).Append("\" fill-opacity=\"").Append(Svg.N(opacity))
                .Append("\" stroke=\"").Append(stroke).Append("\"/><text x=\"").Append(lx + 28).Append("\" y=\"").Append(legend + 9).Append("\" fill=\"#4a5568\" font-size=\"11\">").Append(name).Append("</text>\n");
            lx += 40 + (name.Length * 6);
        }

        s.Append("<path d=\"M").Append(lx + 6).Append(' ').Append(legend - 1).Append(" l5 6 l-5 6 l-5 -6 z\" fill=\"#d69e2e\" stroke=\"#744210\"/><text x=\"").Append(lx + 16).Append("\" y=\"").Append(legend + 9)
            .Append("\" fill=\"#4a5568\" font-size=\"11\">qualified (before, after, approx, start, mid, end)</text>\n");
        s.Append("<text x=\"20\" y=\"").Append(legend + 28).Append("\" fill=\"#718096\" font-size=\"11\">Shade: the author's factuality. A bar spans the value's precision (a year, a month, a day); a faded end is open.</text>\n");
        s.Append("</svg>\n");
        return s.ToString();
    }

    private static string Tooltip(CardModel card, LinkedEvent e) =>
        (e.Time?.Value ?? "undated") + (e.Time?.Modifier is { } m ? " (" + m + ")" : string.Empty) + " " + card.Terms.Code(TermSet.EventType, e.Type) + ": " + e.Summary
        + (e.Factuality.Count == 0 ? string.Empty : " [" + string.Join(", ", e.Factuality.Select(f => card.Name(f.Entity) + ": " + f.Value)) + "]");

    private static DateTime Start(TimeValue t) => t.Start?.First ?? t.End!.Value.First;

    private static DateTime End(TimeValue t) => t.End?.Last ?? t.Start!.Value.Last;

    private static (string Fill, string Stroke, double Opacity) Shade(string factuality) => factuality switch
    {
        "Certain" => ("#2b6cb0", "#2a4365", 1.0),
        "Probable" => ("#2b6cb0", "#2a4365", 0.6),
        "Possible" => ("#2b6cb0", "#2a4365", 0.3),
        "ProbableNot" or "CertainNot" => ("#c53030", "#742a2a", 0.7),
        _ => ("#ffffff", "#2b6cb0", 1.0),
    };
}
