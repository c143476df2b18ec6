using FaqBot.Embeddings;

namespace FaqBot.Tests.Core.Answering.Triage;

// The measured test-half figures (docs/benchmarks.md, Triage, round 4): bank, encoder, kind or category, right, total.
// Category floors are one file per bank (TriageBankQualityTests.Floors.BankN.cs).
public sealed partial class TriageBankQualityTests
{
    public static TheoryData<string, EmbeddingModel, string, int, int> KindFloors() => new()
    {
        { "triage-bank", EmbeddingModel.ArcticXs, "advice", 56, 67 },
        { "triage-bank", EmbeddingModel.ArcticXs, "crisis", 146, 157 },
        { "triage-bank", EmbeddingModel.ArcticXs, "emergency", 24, 24 },
        { "triage-bank", EmbeddingModel.ArcticXs, "noncrisis", 80, 95 },
        { "triage-bank", EmbeddingModel.ArcticXs, "question", 32, 33 },
        { "triage-bank", EmbeddingModel.MiniLM, "advice", 59, 67 },
        { "triage-bank", EmbeddingModel.MiniLM, "crisis", 146, 157 },
        { "triage-bank", EmbeddingModel.MiniLM, "emergency", 22, 24 },
        { "triage-bank", EmbeddingModel.MiniLM, "noncrisis", 72, 95 },
        { "triage-bank", EmbeddingModel.MiniLM, "question", 33, 33 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "advice", 82, 97 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "crisis", 277, 302 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "emergency", 54, 56 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "noncrisis", 59, 84 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "question", 46, 49 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "advice", 82, 97 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "crisis", 284, 302 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "emergency", 55, 56 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "noncrisis", 56, 84 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "question", 44, 49 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "advice", 57, 74 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "crisis", 234, 249 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "emergency", 39, 39 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "noncrisis", 66, 91 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "question", 30, 40 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "advice", 61, 74 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "crisis", 231, 249 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "emergency", 38, 39 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "noncrisis", 70, 91 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "question", 34, 40 },
    };

    public static TheoryData<string, EmbeddingModel, string, int, int> CategoryFloors()
    {
        var floors = new TheoryData<string, EmbeddingModel, string, int, int>();
        foreach (var row in (object[][])[.. Bank1CategoryFloors(), .. Bank2CategoryFloors(), .. Bank3CategoryFloors()])
        {
            floors.Add((string)row[0], (EmbeddingModel)row[1], (string)row[2], (int)row[3], (int)row[4]);
        }

        return floors;
    }
}
