using FaqBot.Embeddings;

namespace FaqBot.Tests.Core.Answering.Triage;

// The measured test-half figures (docs/benchmarks.md, Triage, round 7: the learned layer trained on all five banks' tune halves; some floors went down, docs/benchmarks.md says which): bank, encoder, kind or category, right, total.
// Category floors are one file per bank (TriageBankQualityTests.Floors.BankN.cs).
public sealed partial class TriageBankQualityTests
{
    public static TheoryData<string, EmbeddingModel, string, int, int> KindFloors() => new()
    {
        { "triage-bank", EmbeddingModel.ArcticXs, "advice", 57, 67 },
        { "triage-bank", EmbeddingModel.ArcticXs, "crisis", 154, 157 },
        { "triage-bank", EmbeddingModel.ArcticXs, "emergency", 24, 24 },
        { "triage-bank", EmbeddingModel.ArcticXs, "noncrisis", 72, 95 },
        { "triage-bank", EmbeddingModel.ArcticXs, "question", 32, 33 },
        { "triage-bank", EmbeddingModel.MiniLM, "advice", 56, 67 },
        { "triage-bank", EmbeddingModel.MiniLM, "crisis", 154, 157 },
        { "triage-bank", EmbeddingModel.MiniLM, "emergency", 23, 24 },
        { "triage-bank", EmbeddingModel.MiniLM, "noncrisis", 71, 95 },
        { "triage-bank", EmbeddingModel.MiniLM, "question", 32, 33 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "advice", 81, 97 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "crisis", 295, 302 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "emergency", 56, 56 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "noncrisis", 55, 84 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "question", 46, 49 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "advice", 85, 97 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "crisis", 296, 302 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "emergency", 56, 56 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "noncrisis", 55, 84 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "question", 46, 49 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "advice", 57, 74 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "crisis", 245, 249 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "emergency", 39, 39 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "noncrisis", 67, 91 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "question", 33, 40 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "advice", 60, 74 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "crisis", 243, 249 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "emergency", 39, 39 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "noncrisis", 67, 91 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "question", 33, 40 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "advice", 64, 75 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "crisis", 259, 263 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "emergency", 38, 38 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "noncrisis", 68, 99 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "question", 35, 40 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "advice", 67, 75 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "crisis", 259, 263 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "emergency", 38, 38 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "noncrisis", 70, 99 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "question", 37, 40 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "advice", 52, 63 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "crisis", 227, 232 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "emergency", 39, 39 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "noncrisis", 46, 92 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "question", 61, 74 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "advice", 54, 63 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "crisis", 226, 232 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "emergency", 39, 39 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "noncrisis", 44, 92 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "question", 62, 74 },
    };

    public static TheoryData<string, EmbeddingModel, string, int, int> CategoryFloors()
    {
        var floors = new TheoryData<string, EmbeddingModel, string, int, int>();
        foreach (var row in (object[][])[.. Bank1CategoryFloors(), .. Bank2CategoryFloors(), .. Bank3CategoryFloors(), .. Bank4CategoryFloors(), .. Bank5CategoryFloors()])
        {
            floors.Add((string)row[0], (EmbeddingModel)row[1], (string)row[2], (int)row[3], (int)row[4]);
        }

        return floors;
    }
}
