namespace FaqBot.Core.Analysis;

/// <summary>Splits text into word tokens with offsets; the first stage of an <see cref="Analyzer"/>.</summary>
public interface ITokenizer
{
    /// <summary>Returns the tokens of <paramref name="text"/>, positions counting from 0.</summary>
    IEnumerable<Token> Tokenize(string text);
}
