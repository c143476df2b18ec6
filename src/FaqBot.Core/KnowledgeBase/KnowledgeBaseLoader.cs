namespace FaqBot.Core.KnowledgeBase;

/// <summary>Reads a knowledge-base folder into documents and passages; bad files become warnings, never crashes.</summary>
public sealed class KnowledgeBaseLoader
{
    private static readonly string[] DocumentExtensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    // Hidden files are filtered by name below (dot files), so only unreadable folders are skipped here.
    private static readonly EnumerationOptions Enumeration = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.System,
    };

    private readonly KnowledgeBaseOptions _options;
    private readonly BoilerplateCleaner _cleaner;

    /// <summary>Creates a loader; the cleaning rules are compiled here.</summary>
    /// <exception cref="ArgumentException">A configured rule pattern is not a valid regular expression.</exception>
    public KnowledgeBaseLoader(KnowledgeBaseOptions? options = null)
    {
        _options = options ?? new KnowledgeBaseOptions();
        _cleaner = new BoilerplateCleaner(_options.Boilerplate);
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
            if (TryReadText(full, relative, warnings, out var text))
            {
                var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
                if (IsCurated(relative))
                {
                    ReadCurated(relative, text, lines, curated, warnings);
                }
                else
                {
                    parsed.Add(Parse(relative, text, lines));
                }
            }

            progress?.Report(new IngestProgress(n + 1, files.Count, relative));
        }

        var repeated = RepeatedKeys(parsed);
        var documents = parsed.Select(file => Build(file, repeated)).ToList();
        return new KnowledgeBaseContent(documents, curated, warnings);
    }

    private sealed record ParsedFile(string SourceFile, string[] Lines, List<Block> Blocks, string? Title, string? Url, bool IsHtml);

    private static ParsedFile Parse(string relative, string text, string[] lines)
    {
        var extension = Path.GetExtension(relative).ToLowerInvariant();
        if (extension is ".html" or ".htm")
        {
            return new ParsedFile(relative, lines, HtmlBlockReader.Read(text, out var htmlTitle), htmlTitle, null, true);
        }

        if (extension is ".md" or ".markdown")
        {
            var blocks = MarkdownBlockReader.Read(text, lines, out var title, out var url);
            return new ParsedFile(relative, lines, blocks, title, url, false);
        }

        return new ParsedFile(relative, lines, TextBlockReader.Read(lines), null, null, false);
    }

    private KnowledgeBaseDocument Build(ParsedFile file, IReadOnlySet<string> repeated)
    {
        var dropped = new List<DroppedLine>();
        // HTML boilerplate is dropped structurally (nav, footer, aside...), so the text rules do not apply.
        var blocks = file.IsHtml ? file.Blocks : _cleaner.Clean(file.Blocks, file.SourceFile, repeated, dropped);
        var builder = new DocumentBuilder(file.SourceFile, file.IsHtml ? null : file.Lines, _options.Boilerplate.ShortFragmentMaxWords);
        return builder.Build(blocks, file.Title, file.Url, dropped);
    }

    // A block in at least RepeatedLineMinFraction of the documents (and in two or more) is site chrome.
    private HashSet<string> RepeatedKeys(List<ParsedFile> parsed)
    {
        var rules = _options.Boilerplate;
        var texts = parsed.Where(f => !f.IsHtml).ToList();
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

    private bool TryReadText(string full, string relative, List<LoadWarning> warnings, out string text)
    {
        text = "";
        try
        {
            var length = new FileInfo(full).Length;
            if (length > _options.MaxFileBytes)
            {
                warnings.Add(new LoadWarning(relative, $"skipped: the file is {length:N0} bytes, over the {_options.MaxFileBytes:N0}-byte limit (KnowledgeBase:MaxFileBytes)"));
                return false;
            }

            if (!TextDecoder.TryDecode(File.ReadAllBytes(full), out text, out var problem))
            {
                warnings.Add(new LoadWarning(relative, $"skipped: {problem}"));
                return false;
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warnings.Add(new LoadWarning(relative, $"skipped: the file could not be read ({ex.GetType().Name})"));
            return false;
        }
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
            && DocumentExtensions.Contains(Path.GetExtension(relative).ToLowerInvariant()));

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
