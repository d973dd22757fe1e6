package dev.testleak.testcases.singleton;

/** Application settings behind the lazy holder idiom: Settings.get() returns Holder.INSTANCE. */
public final class Settings {
  private static final class Holder {
    static final Settings INSTANCE = new Settings();
  }

  private volatile String currency = "EUR";
  private volatile int pageSize = 20;
  private volatile int roundingScale = 2;

  private Settings() {}

  public static Settings get() {
    return Holder.INSTANCE;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public int getPageSize() {
    return pageSize;
  }

  public void setPageSize(int pageSize) {
    this.pageSize = pageSize;
  }

  public int getRoundingScale() {
    return roundingScale;
  }

  public void configureRounding(int scale) {
    this.roundingScale = scale;
  }
}
