namespace FaqBot.Core.Strings;

/// <summary>
/// The Jaccard similarity of two sets: the share of their union that they have in common. The one implementation the
/// answerer (near-duplicate quotes) and the staff report (grouping unanswered wordings) both use.
/// </summary>
public static class Jaccard
{
    /// <summary>|a ∩ b| / |a ∪ b|, from 0 (nothing shared) to 1 (equal); 0 when both are empty.</summary>
    public static double Similarity<T>(IReadOnlySet<T> a, IReadOnlySet<T> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (smaller, larger) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = smaller.Count(larger.Contains);
        var union = a.Count + b.Count - common;
        return union == 0 ? 0 : (double)common / union;
    }
}
