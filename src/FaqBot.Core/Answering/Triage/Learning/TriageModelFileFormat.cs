namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>
/// How a <see cref="TriageModelFile"/> is stored. In memory a lexical classifier's feature ids are whole and ascending;
/// version 2 files store each id as its gap from the previous one: ids spread over 2^20 buckets take up to seven digits
/// whole and about three as gaps, which saves about a quarter of the file. Version 1 files (whole ids) are still read.
/// </summary>
public static class TriageModelFileFormat
{
    /// <summary>The version written.</summary>
    public const int Current = 2;

    /// <summary>The file as written: lexical features sorted by id and stored as gaps, version <see cref="Current"/>.</summary>
    public static TriageModelFile ToStored(TriageModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file with { Version = Current, Lexical = [.. file.Lexical.Select(ToGaps)] };
    }

    /// <summary>The file as read, with whole feature ids (a version-1 file already has them).</summary>
    /// <exception cref="InvalidDataException">The version is unknown, or a gap is negative.</exception>
    public static TriageModelFile FromStored(TriageModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Version switch
        {
            1 => file,
            2 => file with { Lexical = [.. file.Lexical.Select(FromGaps)] },
            _ => throw new InvalidDataException($"The triage weights file has version {file.Version}; this FaqBot reads versions 1 and 2: retrain it with faqbot triage-train."),
        };
    }

    // A repeated or negative id would write a file that FromGaps refuses, so it is refused here, at the writer.
    private static SparseClassifier ToGaps(SparseClassifier classifier)
    {
        if (classifier.Features.Length != classifier.Weights.Length)
        {
            throw new ArgumentException($"The {classifier.Label} lexical classifier has {classifier.Features.Length} feature ids and {classifier.Weights.Length} weights.", nameof(classifier));
        }

        var order = Enumerable.Range(0, classifier.Features.Length).OrderBy(i => classifier.Features[i]).ToArray();
        var gaps = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            gaps[i] = classifier.Features[order[i]] - (i == 0 ? 0 : classifier.Features[order[i - 1]]);
            if (gaps[i] < 0 || (i > 0 && gaps[i] == 0))
            {
                throw new ArgumentException($"The {classifier.Label} lexical classifier's feature id {classifier.Features[order[i]]} is negative or repeated.", nameof(classifier));
            }
        }

        return classifier with { Features = gaps, Weights = [.. order.Select(i => classifier.Weights[i])] };
    }

    private static SparseClassifier FromGaps(SparseClassifier classifier)
    {
        var ids = new int[classifier.Features.Length];
        var id = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (classifier.Features[i] < 0 || (i > 0 && classifier.Features[i] == 0))
            {
                throw new InvalidDataException($"The triage weights file's {classifier.Label} lexical features are not ascending gaps (entry {i}).");
            }

            id += classifier.Features[i];
            ids[i] = id;
        }

        return classifier with { Features = ids };
    }
}
