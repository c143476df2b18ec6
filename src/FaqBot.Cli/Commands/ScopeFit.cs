using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Search.Answerability;

namespace FaqBot.Cli.Commands;

/// <summary>
/// The scope models of the cross-validation folds (folds by position, as the threshold's cross-validation): fold
/// <c>f</c>'s model is fitted without the questions at positions <c>i % folds == f</c>, so a question's scope features
/// and the labelled questions it is ranked with never include itself.
/// </summary>
internal sealed class ScopeFit
{
    private readonly ScopeModel[] _folds;

    private ScopeFit(ScopeModel[] folds) => _folds = folds;

    /// <summary>Fits one scope model per fold over <paramref name="passages"/>, with each answerable question's evidence passages.</summary>
    public static ScopeFit OutOfFold(
        IReadOnlyList<float[]> vectors, IReadOnlyList<bool> answerable, IReadOnlyList<IReadOnlyList<int>> evidence, IReadOnlyList<Passage> passages, int folds)
    {
        var models = new ScopeModel[folds];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = vectors.Select((v, i) => (v, i)).Where(x => x.i % folds != fold)
                .Select(x => (x.v, answerable[x.i], (IReadOnlyList<int>?)evidence[x.i])).ToList();
            models[fold] = ScopeModel.Fit(training, passages);
        }

        return new ScopeFit(models);
    }

    /// <summary>The model that did not see the question at <paramref name="position"/>.</summary>
    public ScopeModel Without(int position) => _folds[position % _folds.Length];

    /// <summary>The scope features of each question, from the model that did not see it.</summary>
    public List<double[]> Features(IReadOnlyList<float[]> vectors) => [.. vectors.Select((v, i) => Without(i).Features(v))];
}
