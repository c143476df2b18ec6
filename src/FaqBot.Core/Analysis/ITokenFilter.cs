namespace FaqBot.Core.Analysis;

/// <summary>One stage of an analysis chain; never changes a token's offsets.</summary>
public interface ITokenFilter
{
    /// <summary>Transforms the token stream.</summary>
    IEnumerable<Token> Apply(IEnumerable<Token> tokens);
}
