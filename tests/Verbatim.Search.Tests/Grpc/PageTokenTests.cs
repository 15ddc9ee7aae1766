using Verbatim.Search.Grpc;

namespace Verbatim.Search.Tests.Grpc;

public class PageTokenTests
{
    [Fact]
    public void Round_trips_an_offset_for_the_same_query()
    {
        var fp = PageToken.Fingerprint("lavrov", "", "", "20");
        Assert.True(PageToken.TryRead(PageToken.Create(40, fp), fp, out var offset));
        Assert.Equal(40, offset);
    }

    [Theory]
    [InlineData("not base64 !!")]
    [InlineData("")]
    [InlineData("djF8LTF8YWJj")] // v1|-1|abc
    public void Rejects_garbage(string token) => Assert.False(PageToken.TryRead(token, "abc", out _));

    [Fact]
    public void Rejects_a_token_issued_for_another_query()
    {
        var token = PageToken.Create(20, PageToken.Fingerprint("a", "", "", "20"));
        Assert.False(PageToken.TryRead(token, PageToken.Fingerprint("b", "", "", "20"), out _));
    }
}
