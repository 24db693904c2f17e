// pthreads, because std::thread cannot choose its stack size.
#include "driver/big_stack.h"

#include <pthread.h>

namespace frist::driver {

namespace {

void* trampoline(void* arg) {
  (*static_cast<const std::function<void()>*>(arg))();
  return nullptr;
}

}  // namespace

void run_with_big_stack(const std::function<void()>& work, size_t stack_bytes) {
  pthread_attr_t attr;
  pthread_t thread;
  bool started =
      pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, stack_bytes) == 0 &&
      pthread_create(&thread, &attr, trampoline, const_cast<std::function<void()>*>(&work)) == 0;
  pthread_attr_destroy(&attr);
  if (!started) {
    work();
    return;
  }
  pthread_join(thread, nullptr);
}

}  // namespace frist::driver
