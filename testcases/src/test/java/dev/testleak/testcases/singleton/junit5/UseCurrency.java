package dev.testleak.testcases.singleton.junit5;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs one test with the Settings singleton's currency switched, then switches it back. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ExtendWith(CurrencyExtension.class)
public @interface UseCurrency {
  String value();
}
