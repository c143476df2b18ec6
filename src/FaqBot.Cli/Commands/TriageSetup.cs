using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Embeddings;

namespace FaqBot.Cli.Commands;

/// <summary>
/// Builds triage for the commands: the committed model with the configured sentence encoder (section
/// <c>Embeddings</c>), loaded once per process; a missing model file is a clear error naming its package.
/// </summary>
internal static class TriageSetup
{
    private static OnnxSentenceEncoder? Shared;

    public static MessageTriage Create(CliArguments args) => new(TriageModel.LoadDefault(), Encoder(args));

    public static OnnxSentenceEncoder Encoder(CliArguments args)
    {
        try
        {
            return Shared ??= new OnnxSentenceEncoder(CliSettings.LoadEmbeddings(args));
        }
        catch (FileNotFoundException ex)
        {
            throw new CliException(ex.Message, 1);
        }
        catch (InvalidOperationException ex)
        {
            throw new CliException(ex.Message, 1);
        }
    }
}
