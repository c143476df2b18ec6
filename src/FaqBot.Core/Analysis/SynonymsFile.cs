using Lucene.Net.Analysis.Synonym;

namespace FaqBot.Core.Analysis;

/// <summary>Reads a Solr-format synonyms file with Lucene's SolrSynonymParser, one line at a time so an error names its line.</summary>
public static class SynonymsFile
{
    /// <summary>Parses <paramref name="path"/>.</summary>
    /// <exception cref="SynonymFormatException">A line is malformed; the message names the file and the line.</exception>
    public static SynonymMap Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Parses synonym lines; <paramref name="sourceName"/> names them in errors.</summary>
    /// <exception cref="SynonymFormatException">A line is malformed.</exception>
    public static SynonymMap Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new SolrSynonymParser(dedup: true, expand: true, EnglishAnalyzers.CreateSynonymEntries());
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith("=>", StringComparison.Ordinal) || line.EndsWith("=>", StringComparison.Ordinal))
            {
                throw new SynonymFormatException(sourceName, i + 1, "a side of the rule is empty");
            }

            try
            {
                parser.Parse(new StringReader(line));
            }
            catch (Exception ex) when (ex is J2N.Text.ParseException or ArgumentException)
            {
                throw new SynonymFormatException(sourceName, i + 1, Reason(ex));
            }
        }

        return parser.Build();
    }

    // Lucene wraps the reason ("term: the was completely eliminated by analyzer") in "Invalid synonym rule at line 1".
    private static string Reason(Exception ex) => (ex.InnerException ?? ex).Message;
}
