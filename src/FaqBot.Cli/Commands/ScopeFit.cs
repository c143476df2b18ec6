using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Search.Answerability;

namespace FaqBot.Cli.Commands;

/// <summary>
/// Scope models each fitted without one group of the labelled questions, so a question's scope features and the
/// labelled questions it is ranked with never include itself: the cross-validation folds (by position, as the
/// threshold's cross-validation), or the authors (<see cref="LabelledFit"/>).
/// </summary>
internal sealed class ScopeFit
{
    private readonly ScopeModel[] _models;
    private readonly IReadOnlyList<int> _groups;

    private ScopeFit(ScopeModel[] models, IReadOnlyList<int> groups) => (_models, _groups) = (models, groups);

    /// <summary>Fits one scope model per group over <paramref name="passages"/> (group g: without the questions whose
    /// <paramref name="groups"/> entry is g), with each answerable question's evidence passages.</summary>
    public static ScopeFit WithoutEach(
        IReadOnlyList<float[]> vectors, IReadOnlyList<bool> answerable, IReadOnlyList<IReadOnlyList<int>> evidence, IReadOnlyList<Passage> passages,
        IReadOnlyList<int> groups)
    {
        var models = new ScopeModel[groups.Max() + 1];
        for (var group = 0; group < models.Length; group++)
        {
            var training = vectors.Select((v, i) => (v, i)).Where(x => groups[x.i] != group)
                .Select(x => (x.v, answerable[x.i], (IReadOnlyList<int>?)evidence[x.i])).ToList();
            models[group] = ScopeModel.Fit(training, passages);
        }

        return new ScopeFit(models, groups);
    }

    /// <summary>The model that did not see the question at <paramref name="position"/>.</summary>
    public ScopeModel Without(int position) => _models[_groups[position]];

    /// <summary>The scope features of each question, from the model that did not see it.</summary>
    public List<double[]> Features(IReadOnlyList<float[]> vectors) => [.. vectors.Select((v, i) => Without(i).Features(v))];
}
