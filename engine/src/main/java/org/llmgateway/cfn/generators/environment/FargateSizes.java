package org.llmgateway.cfn.generators.environment;

/** The CPU and memory combinations Fargate accepts for a Linux task. */
public final class FargateSizes {

  private FargateSizes() {}

  public static boolean isValid(int cpu, int memoryMb) {
    return switch (cpu) {
      case 256 -> memoryMb == 512 || memoryMb == 1024 || memoryMb == 2048;
      case 512 -> memoryMb >= 1024 && memoryMb <= 4096 && memoryMb % 1024 == 0;
      case 1024 -> memoryMb >= 2048 && memoryMb <= 8192 && memoryMb % 1024 == 0;
      case 2048 -> memoryMb >= 4096 && memoryMb <= 16384 && memoryMb % 1024 == 0;
      case 4096 -> memoryMb >= 8192 && memoryMb <= 30720 && memoryMb % 1024 == 0;
      case 8192 -> memoryMb >= 16384 && memoryMb <= 61440 && memoryMb % 4096 == 0;
      case 16384 -> memoryMb >= 32768 && memoryMb <= 122880 && memoryMb % 8192 == 0;
      default -> false;
    };
  }
}
