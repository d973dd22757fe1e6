package dev.testleak.catalogue;

import java.util.Set;

/** What Mockito calls create, configure, inspect and reset mocks. */
public final class MockitoVocabulary {
  private MockitoVocabulary() {}

  /** Static factories that create a mock or spy ({@code owner#name}). */
  public static final Set<String> MOCK_FACTORIES = Set.of("org.mockito.Mockito#mock", "org.mockito.Mockito#spy");

  /** Field annotations that make Mockito create the field's value. */
  public static final Set<String> MOCK_FIELD_ANNOTATIONS = Set.of("org.mockito.Mock", "org.mockito.Spy");

  /**
   * Static calls whose (first) argument, or whose argument's receiver for {@code when(mock.call())},
   * is a mock whose state the call depends on or changes: stubbing counts, verification reads the
   * invocations every earlier test recorded.
   */
  public static final Set<String> MOCK_STATE_CALLS =
      Set.of(
          "org.mockito.Mockito#when",
          "org.mockito.Mockito#verify",
          "org.mockito.Mockito#verifyNoInteractions",
          "org.mockito.Mockito#verifyNoMoreInteractions",
          "org.mockito.BDDMockito#given",
          "org.mockito.BDDMockito#then");

  /** Stubber chains {@code doReturn(..).when(mock)}: the argument of {@code when} is the mock. */
  public static final String STUBBER_TYPE = "org.mockito.stubbing.Stubber";

  /** Static calls that reset a mock's stubbing and recorded invocations. */
  public static final Set<String> MOCK_RESETS = Set.of("org.mockito.Mockito#reset", "org.mockito.Mockito#clearInvocations");
}
