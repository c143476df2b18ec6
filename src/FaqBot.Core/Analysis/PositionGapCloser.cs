using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace FaqBot.Core.Analysis;

/// <summary>Sets every position increment above 1 back to 1, closing the gaps a stop filter leaves.</summary>
public sealed class PositionGapCloser : TokenFilter
{
    private readonly IPositionIncrementAttribute _increment;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public PositionGapCloser(TokenStream input)
        : base(input) => _increment = AddAttribute<IPositionIncrementAttribute>();

    /// <inheritdoc/>
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_increment.PositionIncrement > 1)
        {
            _increment.PositionIncrement = 1;
        }

        return true;
    }
}
