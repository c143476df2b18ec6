using FaqBot.Core.Analysis;

namespace FaqBot.Tests.TestSupport;

/// <summary>A lower-casing letter/digit tokenizer, so index and search tests don't depend on the English chain.</summary>
internal static class SimpleAnalyzer
{
    public static Analyzer Create() => new AnalyzerBuilder(new LetterTokenizer()).Build();

    private sealed class LetterTokenizer : ITokenizer
    {
        public IEnumerable<Token> Tokenize(string text)
        {
            var position = 0;
            var i = 0;
            while (i < text.Length)
            {
                while (i < text.Length && !char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                if (i > start)
                {
                    yield return new Token(text[start..i].ToLowerInvariant(), position++, start, i);
                }
            }
        }
    }
}
