#include "app/Signals.hpp"

namespace salvo::app {

namespace {
std::atomic<bool> g_interrupted{false}; // async-signal-safe: lock-free atomic store only
static_assert(std::atomic<bool>::is_always_lock_free, "the signal flag must be lock-free");
extern "C" void onSignal(int) { g_interrupted.store(true); }
} // namespace

InterruptGuard::InterruptGuard() {
    g_interrupted.store(false);
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &m_oldInt);
    sigaction(SIGTERM, &sa, &m_oldTerm);
}

InterruptGuard::~InterruptGuard() {
    sigaction(SIGINT, &m_oldInt, nullptr);
    sigaction(SIGTERM, &m_oldTerm, nullptr);
}

const std::atomic<bool>* InterruptGuard::flag() const { return &g_interrupted; }
bool InterruptGuard::interrupted() const { return g_interrupted.load(); }

} // namespace salvo::app
