namespace FaqBot.Core.Analysis;

/// <summary>
/// A filter whose output for a token depends on that token alone (it keeps, changes or drops it). An
/// <see cref="Analyzer"/> whose leading filters are all of this kind memoises them per surface word, which
/// is what makes indexing fast: most words of a large knowledge base have been seen before.
/// </summary>
public interface ISingleTokenFilter : ITokenFilter
{
    /// <summary>Filters one token; false drops it.</summary>
    bool TryFilter(Token token, out Token result);
}
