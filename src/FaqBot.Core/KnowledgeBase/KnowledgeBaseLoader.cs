namespace FaqBot.Core.KnowledgeBase;

/// <summary>Reads a knowledge-base folder into documents and passages; bad files become warnings, never crashes.</summary>
public sealed class KnowledgeBaseLoader
{
    // Hidden files are filtered by name below (dot files), so only unreadable folders are skipped here.
    private static readonly EnumerationOptions Enumeration = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.System,
    };

    private readonly KnowledgeBaseOptions _options;
    private readonly BoilerplateCleaner _cleaner;
    private readonly DocumentFileReader _reader;

    /// <summary>Creates a loader; the cleaning rules are compiled here.</summary>
    /// <exception cref="ArgumentException">A configured rule pattern is not a valid regular expression.</exception>
    public KnowledgeBaseLoader(KnowledgeBaseOptions? options = null)
    {
        _options = options ?? new KnowledgeBaseOptions();
        _cleaner = new BoilerplateCleaner(_options.Boilerplate);
        _reader = new DocumentFileReader(_options);
    }

    /// <summary>Loads every document under <paramref name="directory"/> (recursively, ordinal order) and the curated answers.</summary>
    /// <exception cref="KnowledgeBaseNotFoundException">The folder does not exist.</exception>
    public KnowledgeBaseContent Load(string directory, IProgress<IngestProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new KnowledgeBaseNotFoundException(Path.GetFullPath(directory));
        }

        var files = Directory.EnumerateFiles(directory, "*", Enumeration)
            .Select(path => (Full: path, Relative: Path.GetRelativePath(directory, path).Replace('\\', '/')))
            .Where(f => !IsHidden(f.Relative, f.Full) && IsCandidate(f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();

        var warnings = new List<LoadWarning>();
        var curated = new List<Passage>();
        var parsed = new List<ParsedFile>();
        for (var n = 0; n < files.Count; n++)
        {
            var (full, relative) = files[n];
            if (IsCurated(relative))
            {
                if (_reader.TryReadText(full, relative, warnings, out var text))
                {
                    ReadCurated(relative, text, DocumentFileReader.SplitLines(text), curated, warnings);
                }
            }
            else if (_reader.TryRead(full, relative, warnings, out var file))
            {
                parsed.Add(file);
            }

            progress?.Report(new IngestProgress(n + 1, files.Count, relative));
        }

        var repeated = RepeatedKeys(parsed);
        var documents = parsed.Select(file => Build(file, repeated)).ToList();
        return new KnowledgeBaseContent(documents, curated, warnings);
    }

    private KnowledgeBaseDocument Build(ParsedFile file, IReadOnlySet<string> repeated)
    {
        var dropped = new List<DroppedLine>(file.Dropped);
        var blocks = file.StructuralBoilerplate ? file.Blocks : _cleaner.Clean(file.Blocks, file.SourceFile, repeated, dropped);
        var builder = new DocumentBuilder(file.SourceFile, file.Lines, _options.Boilerplate.ShortFragmentMaxWords, file.InferHeadings);
        return builder.Build(blocks, file.Title, file.Url, dropped) with
        {
            PageCount = file.PageCount,
            PagesWithoutText = file.PagesWithoutText,
        };
    }

    // A block in at least RepeatedLineMinFraction of the documents (and in two or more) is site chrome.
    private HashSet<string> RepeatedKeys(List<ParsedFile> parsed)
    {
        var rules = _options.Boilerplate;
        var texts = parsed.Where(f => !f.StructuralBoilerplate).ToList();
        if (texts.Count < rules.RepeatedLineMinDocuments)
        {
            return [];
        }

        var threshold = Math.Max(2, (int)Math.Ceiling(rules.RepeatedLineMinFraction * texts.Count));
        return texts
            .SelectMany(f => f.Blocks.Select(BoilerplateCleaner.RepeatKey).Distinct())
            .Where(key => key.Length > 0)
            .GroupBy(key => key, StringComparer.Ordinal)
            .Where(g => g.Count() >= threshold)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static void ReadCurated(string relative, string text, string[] lines, List<Passage> curated, List<LoadWarning> warnings)
    {
        if (relative.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            CuratedAnswerReader.ReadCsv(relative, text, curated, warnings);
        }
        else
        {
            CuratedAnswerReader.ReadMarkdown(relative, lines, curated, warnings);
        }
    }

    private static bool IsCurated(string relative) =>
        relative.Equals("faq.md", StringComparison.OrdinalIgnoreCase) || relative.Equals("faq.csv", StringComparison.OrdinalIgnoreCase);

    // synonyms.txt belongs to the analyzer, faq.md/faq.csv to the curated answers: neither is a document.
    private static bool IsCandidate(string relative) =>
        IsCurated(relative)
        || (!relative.Equals("synonyms.txt", StringComparison.OrdinalIgnoreCase)
            && DocumentFileReader.Extensions.Contains(Path.GetExtension(relative).ToLowerInvariant()));

    private static bool IsHidden(string relative, string full)
    {
        if (relative.Split('/').Any(part => part.StartsWith('.')))
        {
            return true;
        }

        try
        {
            return (File.GetAttributes(full) & FileAttributes.Hidden) != 0;
        }
        catch (IOException)
        {
            // Gone since it was listed: not a document.
            return true;
        }
    }
}
