using FaqBot.Embeddings;

namespace FaqBot.Tests.Core.Answering.Triage;

// The measured test-half figures (docs/benchmarks.md, Triage, round 18: the crisis class's embedding view a network, the ordinary and Spanish training files, 100 floors up and 71 down; the seventh bank first measured in round 11 and the eighth in round 18, neither taken into training): bank, encoder, kind or category, right, total.
// Category floors are one file per bank (TriageBankQualityTests.Floors.BankN.cs).
public sealed partial class TriageBankQualityTests
{
    public static TheoryData<string, EmbeddingModel, string, int, int> KindFloors() => new()
    {
        { "triage-bank", EmbeddingModel.ArcticXs, "advice", 57, 67 },
        { "triage-bank", EmbeddingModel.ArcticXs, "crisis", 154, 157 },
        { "triage-bank", EmbeddingModel.ArcticXs, "emergency", 24, 24 },
        { "triage-bank", EmbeddingModel.ArcticXs, "noncrisis", 72, 95 },
        { "triage-bank", EmbeddingModel.ArcticXs, "question", 33, 33 },
        { "triage-bank", EmbeddingModel.MiniLM, "advice", 57, 67 },
        { "triage-bank", EmbeddingModel.MiniLM, "crisis", 156, 157 },
        { "triage-bank", EmbeddingModel.MiniLM, "emergency", 24, 24 },
        { "triage-bank", EmbeddingModel.MiniLM, "noncrisis", 77, 95 },
        { "triage-bank", EmbeddingModel.MiniLM, "question", 32, 33 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "advice", 79, 97 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "crisis", 300, 302 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "emergency", 56, 56 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "noncrisis", 59, 84 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "question", 44, 49 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "advice", 85, 97 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "crisis", 302, 302 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "emergency", 56, 56 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "noncrisis", 59, 84 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "question", 46, 49 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "advice", 59, 74 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "crisis", 247, 249 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "emergency", 39, 39 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "noncrisis", 68, 91 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "question", 32, 40 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "advice", 65, 74 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "crisis", 244, 249 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "emergency", 39, 39 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "noncrisis", 67, 91 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "question", 33, 40 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "advice", 65, 75 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "crisis", 261, 263 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "emergency", 38, 38 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "noncrisis", 73, 99 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "question", 36, 40 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "advice", 65, 75 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "crisis", 263, 263 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "emergency", 38, 38 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "noncrisis", 68, 99 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "question", 39, 40 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "advice", 51, 63 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "crisis", 229, 232 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "emergency", 39, 39 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "noncrisis", 48, 92 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "question", 65, 74 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "advice", 53, 63 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "crisis", 231, 232 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "emergency", 39, 39 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "noncrisis", 50, 92 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "question", 62, 74 },
        { "triage-bank-6", EmbeddingModel.ArcticXs, "advice", 39, 51 },
        { "triage-bank-6", EmbeddingModel.ArcticXs, "crisis", 144, 146 },
        { "triage-bank-6", EmbeddingModel.ArcticXs, "emergency", 26, 26 },
        { "triage-bank-6", EmbeddingModel.ArcticXs, "noncrisis", 34, 50 },
        { "triage-bank-6", EmbeddingModel.ArcticXs, "question", 24, 28 },
        { "triage-bank-6", EmbeddingModel.MiniLM, "advice", 38, 51 },
        { "triage-bank-6", EmbeddingModel.MiniLM, "crisis", 143, 146 },
        { "triage-bank-6", EmbeddingModel.MiniLM, "emergency", 26, 26 },
        { "triage-bank-6", EmbeddingModel.MiniLM, "noncrisis", 31, 50 },
        { "triage-bank-6", EmbeddingModel.MiniLM, "question", 23, 28 },
        { "triage-bank-7", EmbeddingModel.ArcticXs, "advice", 37, 62 },
        { "triage-bank-7", EmbeddingModel.ArcticXs, "crisis", 156, 158 },
        { "triage-bank-7", EmbeddingModel.ArcticXs, "emergency", 24, 24 },
        { "triage-bank-7", EmbeddingModel.ArcticXs, "noncrisis", 34, 67 },
        { "triage-bank-7", EmbeddingModel.ArcticXs, "question", 25, 29 },
        { "triage-bank-7", EmbeddingModel.MiniLM, "advice", 36, 62 },
        { "triage-bank-7", EmbeddingModel.MiniLM, "crisis", 155, 158 },
        { "triage-bank-7", EmbeddingModel.MiniLM, "emergency", 24, 24 },
        { "triage-bank-7", EmbeddingModel.MiniLM, "noncrisis", 35, 67 },
        { "triage-bank-7", EmbeddingModel.MiniLM, "question", 27, 29 },
        { "triage-bank-8", EmbeddingModel.ArcticXs, "advice", 40, 48 },
        { "triage-bank-8", EmbeddingModel.ArcticXs, "crisis", 139, 140 },
        { "triage-bank-8", EmbeddingModel.ArcticXs, "emergency", 26, 26 },
        { "triage-bank-8", EmbeddingModel.ArcticXs, "noncrisis", 54, 82 },
        { "triage-bank-8", EmbeddingModel.ArcticXs, "question", 10, 16 },
        { "triage-bank-8", EmbeddingModel.MiniLM, "advice", 42, 48 },
        { "triage-bank-8", EmbeddingModel.MiniLM, "crisis", 139, 140 },
        { "triage-bank-8", EmbeddingModel.MiniLM, "emergency", 26, 26 },
        { "triage-bank-8", EmbeddingModel.MiniLM, "noncrisis", 61, 82 },
        { "triage-bank-8", EmbeddingModel.MiniLM, "question", 12, 16 },
    };

    public static TheoryData<string, EmbeddingModel, string, int, int> CategoryFloors()
    {
        var floors = new TheoryData<string, EmbeddingModel, string, int, int>();
        foreach (var row in (object[][])[.. Bank1CategoryFloors(), .. Bank2CategoryFloors(), .. Bank3CategoryFloors(), .. Bank4CategoryFloors(), .. Bank5CategoryFloors(), .. Bank6CategoryFloors(), .. Bank7CategoryFloors(), .. Bank8CategoryFloors()])
        {
            floors.Add((string)row[0], (EmbeddingModel)row[1], (string)row[2], (int)row[3], (int)row[4]);
        }

        return floors;
    }
}
