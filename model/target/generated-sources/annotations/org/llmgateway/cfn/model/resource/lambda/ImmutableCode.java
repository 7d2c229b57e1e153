package org.llmgateway.cfn.model.resource.lambda;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * Immutable implementation of {@link Function.Code}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableCode.builder()}.
 */
@Generated(from = "Function.Code", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableCode implements Function.Code {
  private final String zipFile;
  private final Expr s3Bucket;
  private final Expr s3Key;

  private ImmutableCode(
      String zipFile,
      Expr s3Bucket,
      Expr s3Key) {
    this.zipFile = zipFile;
    this.s3Bucket = s3Bucket;
    this.s3Key = s3Key;
  }

  /**
   * @return The value of the {@code zipFile} attribute
   */
  @Override
  public Optional<String> zipFile() {
    return Optional.ofNullable(zipFile);
  }

  /**
   * @return The value of the {@code s3Bucket} attribute
   */
  @Override
  public Optional<Expr> s3Bucket() {
    return Optional.ofNullable(s3Bucket);
  }

  /**
   * @return The value of the {@code s3Key} attribute
   */
  @Override
  public Optional<Expr> s3Key() {
    return Optional.ofNullable(s3Key);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function.Code#zipFile() zipFile} attribute.
   * @param value The value for zipFile
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableCode withZipFile(String value) {
    String newValue = Objects.requireNonNull(value, "zipFile");
    if (Objects.equals(this.zipFile, newValue)) return this;
    return validate(new ImmutableCode(newValue, this.s3Bucket, this.s3Key));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function.Code#zipFile() zipFile} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for zipFile
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableCode withZipFile(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.zipFile, value)) return this;
    return validate(new ImmutableCode(value, this.s3Bucket, this.s3Key));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function.Code#s3Bucket() s3Bucket} attribute.
   * @param value The value for s3Bucket
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableCode withS3Bucket(Expr value) {
    Expr newValue = Objects.requireNonNull(value, "s3Bucket");
    if (this.s3Bucket == newValue) return this;
    return validate(new ImmutableCode(this.zipFile, newValue, this.s3Key));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function.Code#s3Bucket() s3Bucket} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for s3Bucket
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableCode withS3Bucket(Optional<? extends Expr> optional) {
    Expr value = optional.orElse(null);
    if (this.s3Bucket == value) return this;
    return validate(new ImmutableCode(this.zipFile, value, this.s3Key));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function.Code#s3Key() s3Key} attribute.
   * @param value The value for s3Key
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableCode withS3Key(Expr value) {
    Expr newValue = Objects.requireNonNull(value, "s3Key");
    if (this.s3Key == newValue) return this;
    return validate(new ImmutableCode(this.zipFile, this.s3Bucket, newValue));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function.Code#s3Key() s3Key} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for s3Key
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableCode withS3Key(Optional<? extends Expr> optional) {
    Expr value = optional.orElse(null);
    if (this.s3Key == value) return this;
    return validate(new ImmutableCode(this.zipFile, this.s3Bucket, value));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableCode} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableCode
        && equalsByValue((ImmutableCode) another);
  }

  private boolean equalsByValue(ImmutableCode another) {
    return Objects.equals(zipFile, another.zipFile)
        && Objects.equals(s3Bucket, another.s3Bucket)
        && Objects.equals(s3Key, another.s3Key);
  }

  /**
   * Computes a hash code from attributes: {@code zipFile}, {@code s3Bucket}, {@code s3Key}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + Objects.hashCode(zipFile);
    h += (h << 5) + Objects.hashCode(s3Bucket);
    h += (h << 5) + Objects.hashCode(s3Key);
    return h;
  }

  /**
   * Prints the immutable value {@code Code} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Code{");
    if (zipFile != null) {
      builder.append("zipFile=").append(zipFile);
    }
    if (s3Bucket != null) {
      if (builder.length() > 5) builder.append(", ");
      builder.append("s3Bucket=").append(s3Bucket);
    }
    if (s3Key != null) {
      if (builder.length() > 5) builder.append(", ");
      builder.append("s3Key=").append(s3Key);
    }
    return builder.append("}").toString();
  }

  private static ImmutableCode validate(ImmutableCode instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Function.Code} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Code instance
   */
  public static Function.Code copyOf(Function.Code instance) {
    if (instance instanceof ImmutableCode) {
      return (ImmutableCode) instance;
    }
    return ImmutableCode.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Function.Code Code}.
   * <pre>
   * ImmutableCode.builder()
   *    .zipFile(Optional&lt;String&gt;) // optional {@link Function.Code#zipFile() zipFile}
   *    .s3Bucket(Optional&lt;org.llmgateway.cfn.model.intrinsic.Expr&gt;) // optional {@link Function.Code#s3Bucket() s3Bucket}
   *    .s3Key(Optional&lt;org.llmgateway.cfn.model.intrinsic.Expr&gt;) // optional {@link Function.Code#s3Key() s3Key}
   *    .build();
   * </pre>
   * @return A new Code builder
   */
  public static ImmutableCode.Builder builder() {
    return new ImmutableCode.Builder();
  }

  /**
   * Builds instances of type {@link Function.Code Code}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Function.Code", generator = "Immutables")
  public static final class Builder {
    private String zipFile;
    private Expr s3Bucket;
    private Expr s3Key;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Code} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Function.Code instance) {
      Objects.requireNonNull(instance, "instance");
      Optional<String> zipFileOptional = instance.zipFile();
      if (zipFileOptional.isPresent()) {
        zipFile(zipFileOptional);
      }
      Optional<Expr> s3BucketOptional = instance.s3Bucket();
      if (s3BucketOptional.isPresent()) {
        s3Bucket(s3BucketOptional);
      }
      Optional<Expr> s3KeyOptional = instance.s3Key();
      if (s3KeyOptional.isPresent()) {
        s3Key(s3KeyOptional);
      }
      return this;
    }

    /**
     * Initializes the optional value {@link Function.Code#zipFile() zipFile} to zipFile.
     * @param zipFile The value for zipFile
     * @return {@code this} builder for chained invocation
     */
    public final Builder zipFile(String zipFile) {
      this.zipFile = Objects.requireNonNull(zipFile, "zipFile");
      return this;
    }

    /**
     * Initializes the optional value {@link Function.Code#zipFile() zipFile} to zipFile.
     * @param zipFile The value for zipFile
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder zipFile(Optional<String> zipFile) {
      this.zipFile = zipFile.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Function.Code#s3Bucket() s3Bucket} to s3Bucket.
     * @param s3Bucket The value for s3Bucket
     * @return {@code this} builder for chained invocation
     */
    public final Builder s3Bucket(Expr s3Bucket) {
      this.s3Bucket = Objects.requireNonNull(s3Bucket, "s3Bucket");
      return this;
    }

    /**
     * Initializes the optional value {@link Function.Code#s3Bucket() s3Bucket} to s3Bucket.
     * @param s3Bucket The value for s3Bucket
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder s3Bucket(Optional<? extends Expr> s3Bucket) {
      this.s3Bucket = s3Bucket.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Function.Code#s3Key() s3Key} to s3Key.
     * @param s3Key The value for s3Key
     * @return {@code this} builder for chained invocation
     */
    public final Builder s3Key(Expr s3Key) {
      this.s3Key = Objects.requireNonNull(s3Key, "s3Key");
      return this;
    }

    /**
     * Initializes the optional value {@link Function.Code#s3Key() s3Key} to s3Key.
     * @param s3Key The value for s3Key
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder s3Key(Optional<? extends Expr> s3Key) {
      this.s3Key = s3Key.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link Function.Code Code}.
     * @return An immutable instance of Code
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Function.Code build() {
      return ImmutableCode.validate(new ImmutableCode(zipFile, s3Bucket, s3Key));
    }
  }
}
