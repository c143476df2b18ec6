using System.Text;
using FaqBot.Channels.DirectLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FaqBot.Tests.Server;

/// Direct Line tokens issued and checked by IdentityModel's handler with our HS256 key.
public sealed class DirectLineTokenServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);
    private readonly DirectLineTokenService _tokens;

    public DirectLineTokenServiceTests()
    {
        _tokens = new DirectLineTokenService(Options.Create(new DirectLineOptions { TokenSigningKey = FaqBotTestServer.SigningKey }), _clock,
            NullLogger<DirectLineTokenService>.Instance);
    }

    [Fact]
    public void Issue_ThenValidate_GivesBackTheClaimsOfAStandardHs256Jwt()
    {
        var token = _tokens.Issue(new TokenClaims("conv-1", "dl_user", TokenClaims.ConversationScope, Now.AddMinutes(30)));

        var status = _tokens.Validate(token, TokenClaims.ConversationScope, out var claims);

        Assert.Equal(TokenStatus.Valid, status);
        Assert.Equal(new TokenClaims("conv-1", "dl_user", TokenClaims.ConversationScope, Now.AddMinutes(30)), claims);
        var jwt = new JsonWebToken(token);
        Assert.Equal("HS256", jwt.Alg);
        Assert.Equal("faqbot-directline", jwt.Issuer);
    }

    [Fact]
    public void Validate_RightKeyButAnotherIssuer_IsInvalid()
    {
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "someone-else",
            Expires = Now.AddMinutes(30).UtcDateTime,
            Claims = new Dictionary<string, object> { ["conv"] = "conv-1", ["user"] = "dl_user", ["scope"] = TokenClaims.ConversationScope },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(FaqBotTestServer.SigningKey)), SecurityAlgorithms.HmacSha256),
        });

        Assert.Equal(TokenStatus.Invalid, _tokens.Validate(token, TokenClaims.ConversationScope, out _));
    }

    [Fact]
    public void Validate_ExpiredStreamTokenUsedAsBearer_IsInvalidNotExpired()
    {
        var stream = _tokens.Issue(new TokenClaims("conv-1", "dl_user", TokenClaims.StreamScope, Now.AddMinutes(1)));
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(TokenStatus.Invalid, _tokens.Validate(stream, TokenClaims.ConversationScope, out _));
        Assert.Equal(TokenStatus.Expired, _tokens.Validate(stream, TokenClaims.StreamScope, out _));
    }
}
